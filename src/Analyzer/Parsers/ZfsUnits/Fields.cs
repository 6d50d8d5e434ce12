namespace Analyzer.Parsers.ZfsUnits;

/// <summary>Splits a line on runs of blanks (spaces or TABs) into column ranges, without allocating per line.</summary>
internal static class Fields
{
    /// <summary>Fills <paramref name="ranges"/> with the line's tokens; returns how many there were (capped at its length).</summary>
    public static int Split(ReadOnlySpan<char> line, Span<Range> ranges, out int total)
    {
        var count = 0;
        total = 0;
        var i = 0;
        while (i < line.Length)
        {
            while (i < line.Length && line[i] is ' ' or '\t') i++;
            if (i >= line.Length) break;
            var start = i;
            while (i < line.Length && line[i] is not (' ' or '\t')) i++;
            if (count < ranges.Length) ranges[count++] = start..i;
            total++;
        }
        return count;
    }

    /// <summary>The number of leading spaces (TAB counts as one level of 8).</summary>
    public static int Indent(ReadOnlySpan<char> line)
    {
        var n = 0;
        foreach (var c in line)
        {
            if (c == ' ') n++;
            else if (c == '\t') n += 8;
            else break;
        }
        return n;
    }

    public static string Excerpt(ReadOnlySpan<char> line, int max = 200)
    {
        var t = line.TrimEnd();
        return t.Length <= max ? t.ToString() : string.Concat(t[..max], "…");
    }
}
