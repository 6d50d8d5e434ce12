namespace Analyzer.Families.Zfs.Parsers.ZfsUnits;

/// <summary>Column helpers of the ZFS text outputs (fields themselves: <see cref="Text.BlankFields"/>).</summary>
internal static class Fields
{
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
