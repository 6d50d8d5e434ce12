using System.Text;

namespace Analyzer.Reporting.Html;

/// <summary>
/// Escaping for HTML and inline SVG. Function names and paths come from the bundle and may hold anything (`&lt;`, `&amp;`,
/// quotes, control characters), so every string that reaches the document goes through <see cref="Escape"/>; the
/// result is also valid XML, which keeps the SVG parseable on its own.
/// </summary>
internal static class HtmlText
{
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 16);
        foreach (var rune in Clean(text).EnumerateRunes())
        {
            switch (rune.Value)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                default: sb.Append(rune.ToString()); break;
            }
        }
        return sb.ToString();
    }

    /// <summary>
    /// Replaces what neither HTML nor XML may carry — C0 controls other than tab and newline, U+FFFE/U+FFFF and lone
    /// surrogates — with U+FFFD, so a hostile name cannot break the document.
    /// </summary>
    public static string Clean(string text)
    {
        StringBuilder? sb = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var bad = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == '\uFFFE' || c == '\uFFFF' || c == '\u007F';
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb?.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }
            bad |= char.IsSurrogate(c);
            if (bad)
            {
                sb ??= new StringBuilder(text, 0, i, text.Length);
                sb.Append('\uFFFD');
            }
            else
                sb?.Append(c);
        }
        return sb?.ToString() ?? text;
    }
}
