namespace Analyzer.Transport.Unwrappers;

/// <summary>
/// Non-breaking spaces (U+00A0, U+202F) that web pages, chat clients and word processors turn indentation into: a Go
/// frame's TAB-or-space indentation is then no longer whitespace to a parser. Replaced one for one by spaces.
/// </summary>
internal sealed class NbspUnwrapper : IUnwrapper
{
    public static NbspUnwrapper Instance { get; } = new();

    public string Name => "non-breaking spaces";

    public bool Rewrites => true;

    public bool TryUnwrap(ReadOnlySpan<char> line, Span<char> scratch, ref LineParts parts)
    {
        if (line.IndexOfAny('\u00a0', '\u202f') < 0)
            return false;
        var output = scratch[..line.Length];
        line.CopyTo(output);
        output.Replace('\u00a0', ' ');
        output.Replace('\u202f', ' ');
        parts.Payload = output;
        return true;
    }
}
