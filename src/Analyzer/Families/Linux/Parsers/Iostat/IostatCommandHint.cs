namespace Analyzer.Families.Linux.Parsers.Iostat;

/// <summary>
/// The iostat command a capture shows: a prompt line pasted with the output (`$ iostat -xy 1 1`,
/// `[root@db ~]# iostat -d -x -y 5 2`) or a collector's file name (`iostat_-xy_1_3`, `iostat-ym.txt`). Only `-y`
/// matters: it drops the since-boot report, so the first report printed is already an interval.
/// </summary>
internal static class IostatCommandHint
{
    /// <summary>True when the text names iostat; <paramref name="omitsBootReport"/> tells whether with `-y`.</summary>
    public static bool TryRead(ReadOnlySpan<char> text, out bool omitsBootReport)
    {
        omitsBootReport = false;
        var at = text.IndexOf("iostat", StringComparison.OrdinalIgnoreCase);
        if (at < 0 || at > 0 && char.IsAsciiLetterOrDigit(text[at - 1])) return false;
        var rest = text[(at + "iostat".Length)..];
        if (!rest.IsEmpty && char.IsAsciiLetterOrDigit(rest[0])) return false; // iostats, iostat2...
        while (!rest.IsEmpty)
        {
            var start = rest.IndexOfAnyExcept(" \t_.");
            if (start < 0) break;
            rest = rest[start..];
            var end = rest.IndexOfAny(" \t_.");
            var token = end < 0 ? rest : rest[..end];
            rest = end < 0 ? [] : rest[end..];
            if (token is ['|' or ';' or '>' or '&', ..]) break; // the rest of a pipeline is not iostat's
            // A short-option cluster (`-xy`, `-y`); long options and option arguments (`-p sda`) have no `-y` meaning.
            if (token.Length >= 2 && token[0] == '-' && token[1] != '-' && token[1..].IndexOfAnyExcept("cdhkmNstxyzHT") < 0 && token.Contains('y'))
                omitsBootReport = true;
        }
        return true;
    }
}
