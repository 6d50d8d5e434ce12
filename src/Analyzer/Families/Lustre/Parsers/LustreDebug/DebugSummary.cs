namespace Analyzer.Families.Lustre.Parsers.LustreDebug;

/// <summary>
/// lctl's closing line `Debug log: N lines, N kept, N dropped, N bad.` (older lctl: no "bad"); it may also lead the
/// capture when stdout and the records were collected together.
/// </summary>
internal readonly record struct DebugSummary(long Lines, long Kept, long Dropped, long? Bad)
{
    public const string Prefix = "Debug log:";

    public static DebugSummary? TryParse(ReadOnlySpan<char> line)
    {
        if (!line.StartsWith(Prefix, StringComparison.Ordinal)) return null;
        var rest = line[Prefix.Length..];
        long? lines = Number(rest, " lines"), kept = Number(rest, " kept"), dropped = Number(rest, " dropped");
        if (lines is null || kept is null || dropped is null) return null;
        return new DebugSummary(lines.Value, kept.Value, dropped.Value, Number(rest, " bad"));
    }

    /// <summary>The number just before the label (", 12 kept").</summary>
    private static long? Number(ReadOnlySpan<char> s, string label)
    {
        var at = s.IndexOf(label, StringComparison.Ordinal);
        if (at <= 0) return null;
        var end = at;
        var start = end;
        while (start > 0 && char.IsAsciiDigit(s[start - 1])) start--;
        return start < end && long.TryParse(s[start..end], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : null;
    }
}
