using Analyzer.Inventory;

namespace Analyzer.Bundles;

/// <summary>
/// State shared by every container of one bundle read: the sink, the limits and what has been spent of them, and
/// the paths already delivered. Each container reader hands its members here; this is where caps, duplicates,
/// nested archives and damaged content are decided, so all containers behave the same way.
/// </summary>
internal sealed class ReadSession(IEntrySink sink, BundleLimits limits, Func<string, EntryPriority> priority)
{
    /// <summary>Beyond this many limit skips, the rest are only counted and summed up per container.</summary>
    internal const int MaxReportedLimitSkips = 200;

    private const int DrainBufferSize = 81_920;

    private readonly HashSet<string> deliveredPaths = new(StringComparer.Ordinal);

    /// <summary>Files the entry cap left unread, by top-level folder ("" for files at the bundle's root).</summary>
    private readonly SortedDictionary<string, int> unreadByFolder = new(StringComparer.Ordinal);
    private long totalBytes;
    private int entryCount;
    private int otherCount;
    private int reportedLimitSkips;

    public IEntrySink Sink => sink;

    public BundleLimits Limits => limits;

    private long RemainingTotal => Math.Max(0, limits.MaxTotalBytes - totalBytes);

    /// <summary>All entries read, evidence or not; never below the general cap, whatever the caller set.</summary>
    private int HardEntryCap => Math.Max(limits.MaxEntries, limits.MaxEvidenceEntries);

    /// <summary>
    /// Hands one regular-file member to the sink, or opens it when its head shows an archive.
    /// <paramref name="expectedLength"/> is the size the container promised (a shorter stream means damage);
    /// <paramref name="mustDrain"/> says the container can only move on once this member's data was read to the end.
    /// </summary>
    /// <param name="knownPriority">The member's priority when the container already ranked it (to order its reads).</param>
    /// <param name="openAgain">For a file on disk: its content read again from the first byte by another reader
    /// (<see cref="BundleEntry.OpenAgain"/>).</param>
    public EntryOutcome DeliverFile(
        ArchiveScope scope, string path, long? declaredSize, Stream raw, long? expectedLength, bool mustDrain,
        EntryPriority? knownPriority = null, Func<Stream>? openAgain = null)
    {
        var guard = new FaultTolerantStream(raw, expectedLength);
        if (!deliveredPaths.Add(path))
        {
            return Skip(path, "duplicate path: an earlier entry with the same path was already read", guard, mustDrain);
        }

        if (RemainingTotal == 0)
        {
            ReportLimitSkip(scope, path, $"the total size limit of {limits.MaxTotalBytes} bytes was reached");
            return mustDrain ? DrainAndCheck(guard) : EntryOutcome.Continue;
        }

        var other = (knownPriority ?? priority(path)) == EntryPriority.Other;
        if (entryCount >= HardEntryCap || (other && otherCount >= limits.MaxEntries))
        {
            CountUnread(path);
            return mustDrain ? DrainAndCheck(guard) : EntryOutcome.Continue;
        }

        if (other)
        {
            otherCount++;
        }

        entryCount++;
        var peek = new HeadPeekStream(guard, ContainerSniffer.HeadLength);
        var format = ContainerSniffer.FromContent(peek.Head);
        return format == ContainerFormat.None
            ? DeliverLeaf(path, declaredSize, guard, peek, mustDrain, openAgain)
            : OpenNested(scope, path, format, guard, peek, mustDrain);
    }

    /// <summary>How likely a member is to hold evidence, by its path (see <see cref="EntryPriority"/>).</summary>
    public EntryPriority PriorityOf(string path) => priority(path);

    /// <summary>
    /// Hands the sink one count per top-level folder of the files the entry cap left unread, in ordinal order;
    /// files at the bundle's root are counted under <paramref name="bundleName"/>.
    /// </summary>
    public void ReportUnread(string bundleName)
    {
        foreach (var (folder, files) in unreadByFolder)
        {
            sink.OnUnread(new UnreadFolder(folder.Length == 0 ? bundleName : folder, files, limits.MaxEntries, HardEntryCap));
        }
    }

    /// <summary>Lets the one member of a suffix-less compressed file take its container's path.</summary>
    public void AllowRedelivery(string path) => deliveredPaths.Remove(path);

    /// <summary>Reports a member that is deliberately not read, still consuming its data if the container needs that.</summary>
    public EntryOutcome Skip(string path, string reason, Stream data, bool mustDrain, long? expectedLength = null)
    {
        sink.OnProblem(path, InputStatus.Skipped, reason);
        return mustDrain
            ? DrainAndCheck(new FaultTolerantStream(data, expectedLength))
            : EntryOutcome.Continue;
    }

    /// <summary>Steps over the rest of a member's data without reporting it; damage found on the way is Broken.</summary>
    public EntryOutcome Consume(Stream data) => DrainAndCheck(new FaultTolerantStream(data));

    public void ReportBroken(ArchiveScope scope, string reason)
    {
        if (scope.ReportedBroken)
        {
            return;
        }

        scope.ReportedBroken = true;
        var where = scope.RawBytesRead is { } offset ? $" (at about byte {offset} of the compressed input)" : "";
        sink.OnProblem(
            scope.ProblemPath,
            InputStatus.Failed,
            $"archive is truncated or corrupt after {scope.MembersSeen} entries{where}: {reason}");
    }

    public void ReportBudgetStop(ArchiveScope scope) =>
        sink.OnProblem(
            scope.ProblemPath,
            InputStatus.Skipped,
            $"stopped after {scope.MembersSeen} entries: the total size limit of {limits.MaxTotalBytes} bytes " +
            "was reached, the rest of this archive was not read");

    /// <summary>Sums up the limit skips that were not reported one by one.</summary>
    public void FinishScope(ArchiveScope scope)
    {
        if (scope.UnreportedSkips > 0)
        {
            sink.OnProblem(
                scope.ProblemPath,
                InputStatus.Skipped,
                $"{scope.UnreportedSkips} more entries were skipped because a bundle limit was reached");
        }
    }

    private EntryOutcome DeliverLeaf(
        string path, long? declaredSize, FaultTolerantStream guard, HeadPeekStream content, bool mustDrain, Func<Stream>? openAgain)
    {
        var entryCapApplies = limits.MaxEntryBytes <= RemainingTotal;
        var capped = new CappedStream(content, Math.Min(limits.MaxEntryBytes, RemainingTotal));
        var entry = new BundleEntry(path, declaredSize)
        {
            OpenAgain = openAgain is null ? null : () => new CappedStream(openAgain(), capped.Cap),
        };
        sink.OnEntry(entry, capped);

        var cutAtCap = capped.WasCutAtCap();
        totalBytes += capped.BytesRead;
        var outcome = mustDrain ? Drain(content) : EntryOutcome.Continue;

        if (guard.Fault is { } fault)
        {
            sink.OnProblem(path, InputStatus.Partial, $"content cut short: {fault}");
            return EntryOutcome.Broken(fault);
        }

        if (cutAtCap)
        {
            sink.OnProblem(
                path,
                InputStatus.Partial,
                entryCapApplies
                    ? $"entry is larger than {capped.Cap} bytes; only the first {capped.Cap} were read"
                    : $"the total size limit of {limits.MaxTotalBytes} bytes was reached; " +
                      $"only the first {capped.Cap} bytes of this entry were read");
        }

        return outcome;
    }

    private EntryOutcome OpenNested(
        ArchiveScope scope, string path, ContainerFormat format, FaultTolerantStream guard, HeadPeekStream content,
        bool mustDrain)
    {
        if (scope.Depth >= limits.MaxNestingDepth)
        {
            sink.OnProblem(
                path, InputStatus.Skipped, $"archive nested more than {limits.MaxNestingDepth} levels deep was not opened");
        }
        else
        {
            var nested = ArchiveOpener.ReadNested(this, path, content, format, scope.Depth + 1);

            // The nested reader only saw a quiet end of data; if the outer container broke underneath it, say so.
            if (guard.Fault is { } upstreamFault && nested is not null)
            {
                ReportBroken(nested, $"content cut short: {upstreamFault}");
            }
        }

        var outcome = mustDrain ? Drain(content) : EntryOutcome.Continue;
        return guard.Fault is { } fault ? EntryOutcome.Broken(fault) : outcome;
    }

    private EntryOutcome DrainAndCheck(FaultTolerantStream guard)
    {
        var outcome = Drain(guard);
        return guard.Fault is { } fault ? EntryOutcome.Broken(fault) : outcome;
    }

    /// <summary>
    /// Reads and discards what the sink left unread, because a tar stream can only reach the next member that way.
    /// The work counts against the total budget, so a bomb cannot keep the reader busy by being skipped.
    /// </summary>
    private EntryOutcome Drain(Stream content)
    {
        var buffer = new byte[DrainBufferSize];
        while (true)
        {
            var want = (int)Math.Min(buffer.Length, RemainingTotal);
            if (want == 0)
            {
                return content.ReadByte() < 0 ? EntryOutcome.Continue : EntryOutcome.BudgetExhausted;
            }

            var read = content.Read(buffer, 0, want);
            if (read == 0)
            {
                return EntryOutcome.Continue;
            }

            totalBytes += read;
        }
    }

    private void CountUnread(string path)
    {
        var slash = path.IndexOf('/');
        var folder = slash < 0 ? "" : path[..(slash + 1)];
        unreadByFolder[folder] = unreadByFolder.GetValueOrDefault(folder) + 1;
    }

    private void ReportLimitSkip(ArchiveScope scope, string path, string reason)
    {
        if (reportedLimitSkips < MaxReportedLimitSkips)
        {
            reportedLimitSkips++;
            sink.OnProblem(path, InputStatus.Skipped, $"not read: {reason}");
        }
        else
        {
            scope.UnreportedSkips++;
        }
    }
}
