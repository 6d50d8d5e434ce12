namespace Analyzer.Bundles;

/// <summary>
/// Where a sparse tar entry's stored bytes belong in the file it stands for. Read from the old GNU header ('S'),
/// from PAX 0.1's <c>GNU.sparse.map</c> or from the decimal map PAX 1.0 puts before the data.
/// </summary>
internal sealed class SparseMap(List<SparseSegment> segments, long realSize)
{
    /// <summary>More segments than this are refused: each costs memory before a byte of the file is read.</summary>
    public const int MaxSegments = 100_000;

    public IReadOnlyList<SparseSegment> Segments => segments;

    public long RealSize => realSize;

    /// <summary>Why the map cannot describe <paramref name="storedSize"/> stored bytes, or null when it can.</summary>
    public string? Problem(long storedSize)
    {
        if (realSize < 0)
        {
            return $"sparse map gives a negative file size ({realSize})";
        }

        long end = 0;
        long stored = 0;
        foreach (var segment in segments)
        {
            if (segment.Offset < end || segment.Length < 0 || segment.Length > realSize - segment.Offset)
            {
                return $"sparse map is not in order or runs past the file size of {realSize} bytes " +
                       $"(segment at {segment.Offset}, {segment.Length} bytes)";
            }

            end = segment.Offset + segment.Length;
            stored += segment.Length;
        }

        return stored == storedSize
            ? null
            : $"sparse map describes {stored} stored bytes but the entry stores {storedSize}";
    }

    /// <summary>PAX 0.1: <c>offset,length,offset,length,…</c> in one attribute.</summary>
    public static SparseMap? ParsePax01(string map, long realSize, out string? problem)
    {
        var numbers = map.Split(',', StringSplitOptions.TrimEntries);
        if (numbers.Length % 2 != 0 || numbers.Length / 2 > MaxSegments)
        {
            problem = numbers.Length % 2 != 0
                ? "sparse map (GNU.sparse.map) has an odd count of numbers"
                : $"sparse map has more than {MaxSegments} segments";
            return null;
        }

        var segments = new List<SparseSegment>(numbers.Length / 2);
        for (var i = 0; i < numbers.Length; i += 2)
        {
            if (!long.TryParse(numbers[i], System.Globalization.NumberStyles.None, null, out var offset)
                || !long.TryParse(numbers[i + 1], System.Globalization.NumberStyles.None, null, out var length))
            {
                problem = $"sparse map (GNU.sparse.map) holds a value that is not a number at position {i + 1}";
                return null;
            }

            segments.Add(new SparseSegment(offset, length));
        }

        problem = null;
        return new SparseMap(segments, realSize);
    }

    /// <summary>
    /// PAX 1.0: decimal numbers, one a line (the count, then offset/length pairs), padded to a 512-byte block,
    /// at the start of the entry's data. Reads the map and its padding.
    /// </summary>
    /// <returns>The map, or null with <paramref name="problem"/> set.</returns>
    public static SparseMap? ReadPax10(Stream data, long realSize, out long consumed, out string? problem)
    {
        consumed = 0;
        var count = ReadDecimalLine(data, ref consumed);
        if (count is null || count > MaxSegments)
        {
            problem = count is null
                ? "sparse map at the start of the entry's data is unreadable (no segment count)"
                : $"sparse map has more than {MaxSegments} segments";
            return null;
        }

        var segments = new List<SparseSegment>((int)count);
        for (var i = 0; i < count; i++)
        {
            var offset = ReadDecimalLine(data, ref consumed);
            var length = ReadDecimalLine(data, ref consumed);
            if (offset is null || length is null)
            {
                problem = $"sparse map at the start of the entry's data is unreadable at byte {consumed} (segment {i + 1} of {count})";
                return null;
            }

            segments.Add(new SparseSegment(offset.Value, length.Value));
        }

        var padding = (512 - (consumed % 512)) % 512;
        for (var i = 0; i < padding; i++)
        {
            if (data.ReadByte() < 0)
            {
                problem = $"entry data ends inside its sparse map (after {consumed + i} bytes)";
                return null;
            }
        }

        consumed += padding;
        problem = null;
        return new SparseMap(segments, realSize);
    }

    private static long? ReadDecimalLine(Stream data, ref long consumed)
    {
        long value = 0;
        var digits = 0;
        while (true)
        {
            var b = data.ReadByte();
            if (b < 0)
            {
                return null;
            }

            consumed++;
            if (b == '\n')
            {
                return digits > 0 ? value : null;
            }

            // 18 digits always fit a long; a longer number is not an offset any real file has.
            if (b is < '0' or > '9' || ++digits > 18)
            {
                return null;
            }

            value = (value * 10) + (b - '0');
        }
    }
}
