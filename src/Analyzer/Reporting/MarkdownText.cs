using System.Text;
using Analyzer.Rules.Templates;

namespace Analyzer.Reporting;

/// <summary>
/// The Markdown encoders, one per context; every string that reaches the report goes through one of them.
/// <list type="bullet">
/// <item><see cref="Code"/>: a code span whose fence is longer than any backtick run inside (its content is literal).</item>
/// <item><see cref="Cell"/>: a table cell (one line, pipes escaped), around one of the others.</item>
/// <item><see cref="Plain"/>: bundle text as link-free text: every character that could start a link, an image, an
/// autolink, raw HTML, an entity, emphasis or a code span is escaped.</item>
/// <item><see cref="Text"/>: prose the analyzer writes around bundle text (problems, reasons, titles): code spans
/// are kept, and outside them nothing can form a link, an image or HTML whatever the bundle put in the prose.</item>
/// <item><see cref="Message"/>: a rule message or next step: the author's Markdown kept, each value encoded for
/// where the author put it (inside a code span or in the text).</item>
/// </list>
/// </summary>
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
        // CommonMark strips one space from each side when both are there, so a fence touching a backtick is padded.
        var pad = text.StartsWith('`') || text.EndsWith('`') ? " " : "";
        return $"{fence}{pad}{text}{pad}{fence}";
    }

    /// <summary>A table cell: one line, pipes escaped (GitHub splits cells on unescaped pipes, even inside code).</summary>
    public static string Cell(string text) => OneLine(text).Replace("|", "\\|", StringComparison.Ordinal);

    /// <summary>
    /// Prose in a table cell. A pipe inside a code span of a cell is where Markdig's pipe tables and the span scanner
    /// here can disagree (found by the property test), so prose holding a pipe is shown all literal instead.
    /// </summary>
    public static string TextCell(string text) => Cell(text.Contains('|') ? Plain(text) : Text(text));

    /// <summary>Bundle text outside any code span: nothing in it is Markdown.</summary>
    public static string Plain(string text)
    {
        text = OneLine(text);
        var sb = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
            AppendPlain(sb, text, i);
        return sb.ToString();
    }

    /// <summary>
    /// Prose with code spans: the spans stay verbatim (CommonMark shows their content literally, so a rule's
    /// `cat /proc/pid/stack > out` reads as written); outside them backslashes, brackets, angle brackets and
    /// ampersands are escaped, so even where bundle text ended a span early the rest cannot become a link or markup.
    /// </summary>
    public static string Text(string text)
    {
        text = OneLine(text);
        var sb = new StringBuilder(text.Length + 16);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '`')
            {
                var run = RunOfBackticks(text, i, _ => true);
                var close = ClosingFence(text, i + run, run, _ => true);
                if (close < 0)
                {
                    // Escaped, not left literal: Markdig reads a table row's inlines before splitting its cells, so a
                    // bare run here could pair with one in the next cell.
                    sb.Insert(sb.Length, "\\`", run);
                    i += run;
                    continue;
                }
                sb.Append(text, i, close + run - i); // a code span verbatim
                i = close + run;
                continue;
            }
            AppendProse(sb, text, i, fromBundle: true);
            i++;
        }
        return sb.ToString();
    }

    /// <summary><see cref="Text"/> that starts a paragraph or a list item.</summary>
    public static string Paragraph(string text) => BlockSafe(Text(text));

    /// <summary>
    /// A rendered rule template. Code spans are found in the author's text only (a backtick inside a value never
    /// opens or closes one) and re-fenced around their whole content, values included; values outside spans are
    /// <see cref="Plain"/>. The author's own text keeps its Markdown, with angle brackets and backslashes escaped.
    /// </summary>
    public static string Message(MessageText message)
    {
        var chars = new StringBuilder();
        var data = new List<bool>();
        foreach (var segment in message.Segments)
        {
            var text = segment.FromData ? segment.Text.Replace('\n', ' ').Replace('\r', ' ').Replace('\t', ' ') : segment.Text;
            chars.Append(text);
            data.AddRange(Enumerable.Repeat(segment.FromData, text.Length));
        }
        var all = chars.ToString();
        bool Authored(int at) => !data[at];
        var sb = new StringBuilder(all.Length + 16);
        var i = 0;
        while (i < all.Length)
        {
            var c = all[i];
            if (c == '`' && Authored(i))
            {
                var run = RunOfBackticks(all, i, Authored);
                var close = ClosingFence(all, i + run, run, Authored);
                if (close >= 0)
                {
                    sb.Append(Code(all[(i + run)..close]));
                    i = close + run;
                }
                else
                {
                    sb.Append(string.Concat(Enumerable.Repeat("\\`", run)));
                    i += run;
                }
                continue;
            }
            if (Authored(i))
                AppendProse(sb, all, i, fromBundle: false);
            else
                AppendPlain(sb, all, i);
            i++;
        }
        return BlockSafe(OneLine(sb.ToString()));
    }

    /// <summary>
    /// The analyzer's or a rule author's prose: what could open a link, raw HTML or an entity is escaped. Where the
    /// prose may hold bundle text, what GitHub would turn into a link by itself (a URL scheme, <c>www.</c>) is broken
    /// up too; a rule author's own URL stays a link.
    /// </summary>
    private static void AppendProse(StringBuilder sb, string text, int i, bool fromBundle)
    {
        var c = text[i];
        if (fromBundle && BareLink(text, i))
        {
            sb.Append('\\').Append(c);
            return;
        }
        switch (c)
        {
            case '<': sb.Append("&lt;"); break;
            case '>': sb.Append("&gt;"); break;
            case '&' when StartsEntity(text, i): sb.Append("&amp;"); break;
            case '[' or ']': sb.Append('\\').Append(c); break;
            // An entity, not a backslash escape: Markdig does not open a code span at a backtick right after a
            // backslash, even an escaped one, so "\\`" would read differently there than in this scanner.
            case '\\': sb.Append("&#92;"); break;
            default: sb.Append(c); break;
        }
    }

    /// <summary>
    /// Bundle text: besides what <see cref="AppendProse"/> escapes, backticks (no code span), asterisks, tildes and
    /// underscores that could delimit emphasis (GitHub ignores them inside a word) are escaped too.
    /// </summary>
    private static void AppendPlain(StringBuilder sb, string text, int i)
    {
        var c = text[i];
        switch (c)
        {
            case '`' or '*' or '~':
                sb.Append('\\').Append(c);
                break;
            case '_' when !(i > 0 && char.IsLetterOrDigit(text[i - 1]) && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])):
                sb.Append("\\_");
                break;
            default:
                AppendProse(sb, text, i, fromBundle: true);
                break;
        }
    }

    /// <summary>
    /// The colon of a URL scheme (<c>http:</c>, <c>mailto:</c>: letters before it) or the dot of a leading
    /// <c>www.</c>: escaping it keeps an extended autolink from forming.
    /// </summary>
    private static bool BareLink(string text, int i)
    {
        if (text[i] == ':')
            return i > 0 && char.IsAsciiLetter(text[i - 1])
                   && ((i + 1 < text.Length && text[i + 1] == '/') || EndsWithWord(text, i, "mailto") || EndsWithWord(text, i, "tel"));
        if (text[i] == '.' && i >= 3 && text.AsSpan(i - 3, 3).Equals("www", StringComparison.OrdinalIgnoreCase))
            return i == 3 || !char.IsLetterOrDigit(text[i - 4]);
        return false;
    }

    /// <summary>Three or more backticks with none after them on the line: a code fence (a span's closing run rules it out).</summary>
    private static bool OpensFence(string text)
    {
        var run = 0;
        while (run < text.Length && text[run] == '`') run++;
        return run >= 3 && text.IndexOf('`', run) < 0;
    }

    private static bool EndsWithWord(string text, int end, string word) =>
        end >= word.Length && text.AsSpan(end - word.Length, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>An ampersand that could start a character reference (&amp;lt; &amp;#60;): shown literally instead.</summary>
    private static bool StartsEntity(string text, int i) => i + 1 < text.Length && (char.IsAsciiLetterOrDigit(text[i + 1]) || text[i + 1] == '#');

    /// <summary>
    /// Text that starts a line in the report (a paragraph, a list item) must not start a block: a heading, a list, a
    /// thematic break or a fence. The first character is escaped when it could.
    /// </summary>
    private static string BlockSafe(string text)
    {
        if (text.Length == 0) return text;
        var next = text.Length > 1 ? text[1] : ' ';
        // ATX heading; bullet; thematic break or fence (a run of the same mark).
        if ((text[0] == '#' && next is '#' or ' ') || (text[0] is '-' or '+' or '*' && (next == ' ' || next == text[0]))
            || (text[0] is '_' or '~' && next == text[0]) || OpensFence(text))
            return "\\" + text;
        // Ordered list: up to nine digits, then '.' or ')' and a space or the end.
        var digits = 0;
        while (digits < text.Length && char.IsAsciiDigit(text[digits])) digits++;
        if (digits is > 0 and <= 9 && digits < text.Length && text[digits] is '.' or ')' && (digits + 1 == text.Length || text[digits + 1] == ' '))
            return text[..digits] + "\\" + text[digits..];
        return text;
    }

    private static int RunOfBackticks(string text, int start, Func<int, bool> counts)
    {
        var end = start;
        while (end < text.Length && text[end] == '`' && counts(end)) end++;
        return end - start;
    }

    /// <summary>Where a run of exactly <paramref name="length"/> backticks starts at or after <paramref name="from"/>; -1 if none.</summary>
    private static int ClosingFence(string text, int from, int length, Func<int, bool> counts)
    {
        var i = from;
        while (i < text.Length)
        {
            if (text[i] != '`' || !counts(i)) { i++; continue; }
            var run = RunOfBackticks(text, i, counts);
            if (run == length) return i;
            i += run;
        }
        return -1;
    }

    public static string OneLine(string text) =>
        string.Join(' ', text.Split((char[])['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
}
