namespace Analyzer.Transport.Unwrappers;

/// <summary>
/// Markdown and e-mail quotes: <c>&gt; msg</c>, nested <c>&gt; &gt; msg</c> or <c>&gt;&gt; msg</c>, and the bare
/// <c>&gt;</c> of a quoted empty line. All levels go at once: a reply quoting a reply is still one paste.
/// </summary>
internal sealed class QuoteUnwrapper : IUnwrapper
{
    public static QuoteUnwrapper Instance { get; } = new();

    public string Name => "> quotes";

    public bool TryUnwrap(ReadOnlySpan<char> line, Span<char> scratch, ref LineParts parts)
    {
        if (line.IsEmpty || line[0] != '>')
            return false;
        var s = line;
        while (!s.IsEmpty && s[0] == '>')
        {
            s = s[1..];
            if (!s.IsEmpty && s[0] == ' ')
            {
                // "> > x" nests; "> >x" too; but "> x" keeps the text's own indentation after the one space
                if (s.Length > 1 && s[1] == '>') s = s[1..];
                else
                {
                    s = s[1..];
                    break;
                }
            }
        }
        parts.Payload = s;
        return true;
    }
}
