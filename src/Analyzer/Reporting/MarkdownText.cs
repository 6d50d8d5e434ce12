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

    /// <summary>Plain text that must not start Markdown constructs or HTML.</summary>
    public static string Text(string text) => OneLine(text)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal);

    public static string OneLine(string text) =>
        string.Join(' ', text.Split((char[])['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
}
