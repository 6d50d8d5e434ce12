using System.Formats.Tar;

namespace Analyzer.Bundles;

/// <summary>
/// Streams the members of a tar archive. Only regular files are delivered; links, devices and fifos are reported
/// and never followed, and directories are implied by their members' paths.
/// </summary>
internal static class TarBundle
{
    /// <returns>Why the archive could not be read to its end, or null when it was (or a limit stopped it).</returns>
    public static string? Read(ReadSession session, ArchiveScope scope, Stream input)
    {
        // The last header block read stays at hand: System.Formats.Tar refuses a GNU sparse entry after reading its
        // header, and that block is what lets the entry be read here and the archive go on.
        var tail = new TailKeepingStream(input, GnuTarBlock);
        while (true)
        {
            var stop = ReadEntries(session, scope, tail, out var sparseHeader);
            if (sparseHeader is null)
            {
                return stop;
            }

            scope.MembersSeen++;
            var outcome = GnuSparseEntry.Read(session, scope, sparseHeader, tail);
            switch (outcome.Kind)
            {
                case EntryOutcomeKind.Broken:
                    return outcome.Reason;
                case EntryOutcomeKind.BudgetExhausted:
                    session.ReportBudgetStop(scope);
                    return null;
            }

            // A fresh TarReader goes on from the next header: the old one would skip its last entry's padding again.
        }
    }

    private const int GnuTarBlock = 512;

    /// <param name="sparseHeader">Set when reading stopped at a GNU sparse header the caller has to read.</param>
    private static string? ReadEntries(ReadSession session, ArchiveScope scope, TailKeepingStream input, out byte[]? sparseHeader)
    {
        sparseHeader = null;
        using var reader = new TarReader(input, leaveOpen: true);
        while (true)
        {
            TarEntry? entry;
            try
            {
                // Without copyData the member's data is read straight from the stream: nothing is buffered.
                entry = reader.GetNextEntry(copyData: false);
            }
            catch (NotSupportedException) when (GnuSparseEntry.IsSparseHeader(input.Tail))
            {
                sparseHeader = input.Tail.ToArray();
                return null;
            }
            catch (Exception exception) when (StreamFaults.IsDataFault(exception))
            {
                return exception.Message;
            }

            if (entry is null)
            {
                return null;
            }

            scope.MembersSeen++;
            var outcome = ReadMember(session, scope, entry);
            switch (outcome.Kind)
            {
                case EntryOutcomeKind.Broken:
                    return outcome.Reason;
                case EntryOutcomeKind.BudgetExhausted:
                    session.ReportBudgetStop(scope);
                    return null;
            }
        }
    }

    private static EntryOutcome ReadMember(ReadSession session, ArchiveScope scope, TarEntry entry)
    {
        var name = EntryPathSanitizer.Sanitize(entry.Name);
        var path = scope.MemberPath(name.Path);
        var data = entry.DataStream ?? Stream.Null;
        var size = entry.Length;

        // Directories are not entries; their members carry the path. They have no data to consume either.
        if (entry.EntryType == TarEntryType.Directory)
        {
            return EntryOutcome.Continue;
        }

        if (entry.EntryType is TarEntryType.RegularFile && entry is PaxTarEntry pax && PaxSparseEntry.IsSparse(pax))
        {
            return PaxSparseEntry.Read(session, scope, pax, data);
        }

        if (NotReadReason(entry) is { } reason)
        {
            return session.Skip(path, reason, data, mustDrain: true, size);
        }

        if (name.Rejection is { } rejection)
        {
            return session.Skip(path, rejection, data, mustDrain: true, size);
        }

        return session.DeliverFile(scope, path, size, data, expectedLength: size, mustDrain: true);
    }

    private static string? NotReadReason(TarEntry entry) => entry.EntryType switch
    {
        TarEntryType.RegularFile or TarEntryType.V7RegularFile or TarEntryType.ContiguousFile => null,
        TarEntryType.SymbolicLink =>
            $"symbolic link to {EntryPathSanitizer.Printable(entry.LinkName)} not followed",
        TarEntryType.HardLink => $"hard link to {EntryPathSanitizer.Printable(entry.LinkName)} not followed",
        TarEntryType.CharacterDevice => "character device not read",
        TarEntryType.BlockDevice => "block device not read",
        TarEntryType.Fifo => "fifo not read",
        _ => $"tar entry of type {entry.EntryType} not read",
    };
}
