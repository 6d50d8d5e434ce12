namespace Analyzer.Transport.Unwrappers;

/// <summary>
/// Terminal escape sequences a coloured logger or a terminal capture leaves in text: CSI (<c>ESC [ 1;31 m</c>), OSC
/// (<c>ESC ] … BEL</c> or <c>ESC \</c>) and two-character escapes (<c>ESC ( B</c>). Removed anywhere in the line, not
/// only in front; a line without ESC is returned as it is.
/// </summary>
internal sealed class AnsiUnwrapper : IUnwrapper
{
    public static AnsiUnwrapper Instance { get; } = new();

    private const char Esc = '\u001b';

    public string Name => "ansi colours";

    public bool Rewrites => true;

    public bool TryUnwrap(ReadOnlySpan<char> line, Span<char> scratch, ref LineParts parts)
    {
        var first = line.IndexOf(Esc);
        if (first < 0)
            return false;
        line[..first].CopyTo(scratch);
        var o = first;
        var i = first;
        while (i < line.Length)
        {
            var c = line[i];
            if (c != Esc)
            {
                scratch[o++] = c;
                i++;
                continue;
            }
            i++;
            if (i >= line.Length) break;
            switch (line[i])
            {
                case '[':
                    i++;
                    while (i < line.Length && line[i] is >= '\u0020' and <= '\u003f') i++; // parameters, intermediates
                    if (i < line.Length && line[i] is >= '\u0040' and <= '\u007e') i++;   // final byte
                    break;
                case ']':
                    i++;
                    while (i < line.Length && line[i] != '\u0007' && !(line[i] == Esc && i + 1 < line.Length && line[i + 1] == '\\')) i++;
                    i += i < line.Length && line[i] == '\u0007' ? 1 : 2;
                    break;
                case '(' or ')' or '#' or '%':
                    i += 2;
                    break;
                default:
                    i++;
                    break;
            }
        }
        parts.Payload = scratch[..o];
        return true;
    }
}
