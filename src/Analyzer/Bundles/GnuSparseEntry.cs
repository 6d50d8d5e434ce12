using Analyzer.Inventory;

using System.Text;

namespace Analyzer.Bundles;

/// <summary>
/// An old-GNU sparse entry (typeflag 'S'), which System.Formats.Tar refuses after reading its header block. The
/// block is parsed here, its extension blocks and data are read from the archive stream, and the expanded file is
/// delivered, so the entries after it are still reached.
/// </summary>
internal static class GnuSparseEntry
{
    private const int Block = 512;
    private const int HeaderSegments = 4;
    private const int ExtensionSegments = 21;

    public static bool IsSparseHeader(ReadOnlySpan<byte> block) => block.Length == Block && block[156] == (byte)'S';

    /// <summary>Reads the entry whose header block is <paramref name="header"/>; the stream is just past that block.</summary>
    public static EntryOutcome Read(ReadSession session, ArchiveScope scope, ReadOnlySpan<byte> header, Stream input)
    {
        var name = EntryPathSanitizer.Sanitize(Encoding.UTF8.GetString(Field(header[..100])));
        var path = scope.MemberPath(name.Path);
        if (TarNumber.Parse(header.Slice(124, 12)) is not { } size
            || TarNumber.Parse(header.Slice(483, 12)) is not { } realSize)
        {
            // Without the stored size there is no telling where the next entry starts.
            return EntryOutcome.Broken($"GNU sparse entry {EntryPathSanitizer.Printable(name.Path)} has an unreadable size field");
        }

        var segments = new List<SparseSegment>();
        string? problem = AddSegments(segments, header.Slice(386, HeaderSegments * 24), HeaderSegments);
        var extended = header[482] != 0;
        var block = new byte[Block];
        while (extended)
        {
            try
            {
                input.ReadExactly(block);
            }
            catch (Exception exception) when (StreamFaults.IsDataFault(exception))
            {
                session.Sink.OnProblem(path, InputStatus.Partial, $"sparse map cut short: {exception.Message}");
                return EntryOutcome.Broken(exception.Message);
            }

            problem ??= AddSegments(segments, block.AsSpan(0, ExtensionSegments * 24), ExtensionSegments);
            extended = block[504] != 0;
        }

        var data = new BoundedStream(input, size);
        var map = new SparseMap(segments, realSize);
        problem ??= map.Problem(size);
        var outcome = problem is not null
            ? session.Skip(path, $"GNU sparse file not read: {problem}", data, mustDrain: true)
            : name.Rejection is { } rejection
                ? session.Skip(path, rejection, data, mustDrain: true)
                : session.DeliverFile(scope, path, realSize, new SparseExpandingStream(data, map), realSize, mustDrain: false);
        if (outcome.Kind != EntryOutcomeKind.Continue)
        {
            return outcome;
        }

        // The sink may have stopped early (entry cap, duplicate path); the next header is after all stored data.
        outcome = session.Consume(data);
        if (outcome.Kind != EntryOutcomeKind.Continue)
        {
            return outcome;
        }

        var padding = (int)((Block - (size % Block)) % Block);
        try
        {
            input.ReadExactly(block.AsSpan(0, padding));
        }
        catch (Exception exception) when (StreamFaults.IsDataFault(exception))
        {
            return EntryOutcome.Broken(exception.Message);
        }

        return EntryOutcome.Continue;
    }

    /// <returns>Why the map is refused, or null.</returns>
    private static string? AddSegments(List<SparseSegment> segments, ReadOnlySpan<byte> table, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var entry = table.Slice(i * 24, 24);
            if (entry[0] == 0)
            {
                break;
            }

            if (TarNumber.Parse(entry[..12]) is not { } offset || TarNumber.Parse(entry[12..]) is not { } length)
            {
                return "its sparse map holds a field that is not a number";
            }

            if (segments.Count >= SparseMap.MaxSegments)
            {
                return $"its sparse map has more than {SparseMap.MaxSegments} segments";
            }

            segments.Add(new SparseSegment(offset, length));
        }

        return null;
    }

    private static ReadOnlySpan<byte> Field(ReadOnlySpan<byte> field)
    {
        var end = field.IndexOf((byte)0);
        return end < 0 ? field : field[..end];
    }
}
