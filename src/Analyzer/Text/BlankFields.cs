namespace Analyzer.Text;

/// <summary>
/// Whitespace-separated fields of one line as ranges into it, without allocating: the tabular outputs of ps, top,
/// iostat, vmstat and free are read by header token, never by fixed column offsets (wide values shift columns).
/// </summary>
internal static class BlankFields
{
    /// <summary>
    /// Splits <paramref name="line"/> on runs of blanks into <paramref name="ranges"/>; returns the count. With
    /// <paramref name="max"/> the last field takes the rest of the line (ps COMMAND with its spaces).
    /// </summary>
    public static int Split(ReadOnlySpan<char> line, Span<Range> ranges, int max = int.MaxValue)
    {
        var limit = Math.Min(max, ranges.Length);
        var count = 0;
        var i = 0;
        while (i < line.Length && count < limit)
        {
            while (i < line.Length && IsBlank(line[i])) i++;
            if (i >= line.Length) break;
            var start = i;
            if (count == limit - 1 && max != int.MaxValue)
            {
                var end = line.Length;
                while (end > start && IsBlank(line[end - 1])) end--;
                ranges[count++] = start..end;
                break;
            }
            while (i < line.Length && !IsBlank(line[i])) i++;
            ranges[count++] = start..i;
        }
        return count;
    }

    /// <summary>
    /// Like <see cref="Split(ReadOnlySpan{char}, Span{Range}, int)"/>, and also counts every field of the line in
    /// <paramref name="total"/>, so a reader can tell a row of exactly N fields from a longer one it only sees the
    /// first N of (the ZFS kstat and arcstat tables).
    /// </summary>
    public static int Split(ReadOnlySpan<char> line, Span<Range> ranges, out int total)
    {
        var count = Split(line, ranges);
        total = count;
        if (count == ranges.Length && count > 0)
            for (var i = ranges[count - 1].End.Value; i < line.Length;)
            {
                while (i < line.Length && IsBlank(line[i])) i++;
                if (i >= line.Length) break;
                total++;
                while (i < line.Length && !IsBlank(line[i])) i++;
            }
        return count;
    }

    public static bool IsBlank(char c) => c is ' ' or '\t';
}
