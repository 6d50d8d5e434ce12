using System.IO.Compression;
using Analyzer.Inventory;

namespace Analyzer.Bundles;

/// <summary>
/// Reads the members of a zip archive from a seekable stream. Unix symlinks and special files stored in a zip are
/// reported, not delivered.
/// </summary>
internal static class ZipBundle
{
    private const int UnixFileTypeMask = 0xF000;
    private const int UnixRegularFile = 0x8000;
    private const int UnixDirectory = 0x4000;
    private const int UnixSymbolicLink = 0xA000;
    private const int MaxLinkTargetLength = 4096;

    /// <returns>Why the archive could not be read to its end, or null when it was.</returns>
    public static string? Read(ReadSession session, ArchiveScope scope, Stream input)
    {
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(input, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (Exception exception) when (StreamFaults.IsDataFault(exception))
        {
            return $"not a readable zip archive: {exception.Message}";
        }

        using (archive)
        {
            // The central directory is read on first use of Entries, and its damage (entry counts that disagree,
            // a record cut short) surfaces there, not in the constructor.
            IReadOnlyCollection<ZipArchiveEntry> entries;
            try
            {
                entries = archive.Entries;
            }
            catch (Exception exception) when (StreamFaults.IsDataFault(exception))
            {
                return $"the zip central directory is damaged: {exception.Message}";
            }

            // A zip is read by random access, so likely evidence is read first (archive order within a class): the
            // entry cap then falls on the least likely members.
            var ordered = entries.OrderBy(e => session.PriorityOf(scope.MemberPath(EntryPathSanitizer.Sanitize(e.FullName).Path)));
            // In a sound zip the entries' compressed data never overlap, so their sizes sum to at most the archive's.
            // Past that, entries share data: 1,000 directory entries on one member made a 168 KB zip read 16 GiB.
            var compressed = 0L;
            foreach (var entry in ordered)
            {
                scope.MembersSeen++;
                compressed = Parsing.Saturating.Add(compressed, Math.Max(0, entry.CompressedLength));
                if (compressed > input.Length)
                {
                    var path = scope.MemberPath(EntryPathSanitizer.Sanitize(entry.FullName).Path);
                    session.Skip(path, $"zip entries share data: their compressed sizes sum past the archive's {input.Length} bytes (a zip bomb pattern); not read", Stream.Null, mustDrain: false);
                    continue;
                }
                // Each entry is reached by its own offset, so a damaged or encrypted one (reported on its own record)
                // does not stop the entries after it.
                ReadMember(session, scope, entry);
            }
        }

        return null;
    }

    private static EntryOutcome ReadMember(ReadSession session, ArchiveScope scope, ZipArchiveEntry entry)
    {
        // The upper half of the external attributes holds the Unix mode when the zip was made on Unix, zero otherwise.
        var unixType = (entry.ExternalAttributes >> 16) & UnixFileTypeMask;
        if (unixType == UnixDirectory || (entry.FullName.EndsWith('/') && entry.Length == 0))
        {
            return EntryOutcome.Continue;
        }

        var name = EntryPathSanitizer.Sanitize(entry.FullName);
        var path = scope.MemberPath(name.Path);
        if (name.Rejection is { } rejection)
        {
            return session.Skip(path, rejection, Stream.Null, mustDrain: false);
        }

        if (unixType == UnixSymbolicLink)
        {
            return session.Skip(path, $"symbolic link to {LinkTarget(entry)} not followed", Stream.Null, mustDrain: false);
        }

        if (unixType is not 0 and not UnixRegularFile)
        {
            return session.Skip(path, "special file (device, fifo or socket) not read", Stream.Null, mustDrain: false);
        }

        Stream content;
        try
        {
            content = entry.Open();
        }
        catch (Exception exception) when (StreamFaults.IsDataFault(exception))
        {
            session.Sink.OnProblem(path, InputStatus.Failed, $"cannot open zip entry: {exception.Message}");
            return EntryOutcome.Continue;
        }

        using (content)
        {
            var checkedContent = new ZipCheckedStream(content, entry.Length, entry.Crc32);
            return session.DeliverFile(scope, path, entry.Length, checkedContent, expectedLength: entry.Length, mustDrain: false);
        }
    }

    private static string LinkTarget(ZipArchiveEntry entry)
    {
        try
        {
            using var stream = entry.Open();
            using var reader = new StreamReader(new CappedStream(stream, MaxLinkTargetLength));
            return EntryPathSanitizer.Printable(reader.ReadToEnd());
        }
        catch (Exception exception) when (StreamFaults.IsDataFault(exception))
        {
            return "(unreadable target)";
        }
    }
}
