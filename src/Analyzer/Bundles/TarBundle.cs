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
        using var reader = new TarReader(input, leaveOpen: true);
        while (true)
        {
            TarEntry? entry;
            try
            {
                // Without copyData the member's data is read straight from the stream: nothing is buffered.
                entry = reader.GetNextEntry(copyData: false);
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
