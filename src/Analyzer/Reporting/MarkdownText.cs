namespace Analyzer.Reporting;

/// <summary>Escaping for GitHub-flavoured Markdown: table cells, inline code, plain text.</summary>
internal static class MarkdownText
{
    /// <summary>Inline code that survives backticks inside it (CommonMark: a longer fence than any run inside).</summary>
    public static string Code(string text)
    {
        if (text.Length == 0) return "";
        text = OneLine(text);
        var longest = 0;
        var run = 0;
        foreach (var c in text)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }
        var fence = new string('`', longest + 1);
        var pad = text.StartsWith('`') || text.EndsWith('`') ? " " : "";
        return $"{fence}{pad}{text}{pad}{fence}";
    }

    /// <summary>A table cell: one line, pipes escaped (GitHub splits cells on unescaped pipes, even inside code).</summary>
    public static string Cell(string text) => OneLine(text).Replace("|", "\\|", StringComparison.Ordinal);

    /// <summary>
    /// Text that must not start HTML: angle brackets become entities, except inside code spans, where CommonMark
    /// shows entities literally (a rule's `cat /proc/pid/stack > out` must read as written).
    /// </summary>
    public static string Text(string text)
    {
        text = OneLine(text);
        var sb = new System.Text.StringBuilder(text.Length + 16);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '`')
            {
                var run = RunOfBackticks(text, i);
                var close = ClosingFence(text, i + run, run);
                var end = close < 0 ? i + run : close + run;
                sb.Append(text, i, end - i); // a code span verbatim, or an unmatched fence as literal backticks
                i = end;
                continue;
            }
            sb.Append(c switch { '<' => "&lt;", '>' => "&gt;", _ => c.ToString() });
            i++;
        }
        return sb.ToString();
    }

    private static int RunOfBackticks(string text, int start)
    {
        var end = start;
        while (end < text.Length && text[end] == '`') end++;
        return end - start;
    }

    /// <summary>Where a run of exactly <paramref name="length"/> backticks starts at or after <paramref name="from"/>; -1 if none.</summary>
    private static int ClosingFence(string text, int from, int length)
    {
        var i = from;
        while (i < text.Length)
        {
            if (text[i] != '`') { i++; continue; }
            var run = RunOfBackticks(text, i);
            if (run == length) return i;
            i += run;
        }
        return -1;
    }

    public static string OneLine(string text) =>
        string.Join(' ', text.Split((char[])['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
}
