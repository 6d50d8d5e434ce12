namespace Analyzer.Transport.Unwrappers;

/// <summary>
/// Line numbers a tool or an editor put in front: <c>cat -n</c> (<c>     12\tmsg</c>), <c>grep -n</c> (<c>12:msg</c>,
/// context lines <c>12-msg</c>), editors and viewers (<c>12 | msg</c>, <c>12| msg</c>). The number is handed out in
/// <see cref="LineParts.Number"/> so the learner can insist the numbers increase, and <c>10:00:01</c> clocks are refused.
/// </summary>
internal sealed class LineNumberUnwrapper : IUnwrapper
{
    public static LineNumberUnwrapper Instance { get; } = new();

    public string Name => "line numbers";

    public bool TryUnwrap(ReadOnlySpan<char> line, Span<char> scratch, ref LineParts parts)
    {
        var i = Scan.Spaces(line, 0);
        var digits = Scan.Digits(line, i);
        if (digits is 0 or > 9)
            return false;
        var number = long.Parse(line.Slice(i, digits), System.Globalization.CultureInfo.InvariantCulture);
        i += digits;
        if (i >= line.Length)
            return false;
        int payload;
        switch (line[i])
        {
            case '\t':
                payload = i + 1;
                break;
            case ':' or '-':
                // "10:00:01 …" is a clock and "2024-01-02" a date, not "line 10" / "line 2024"
                if (Scan.DigitsAt(line, i + 1, 2) && i + 3 < line.Length && (line[i + 3] == ':' || line[i + 3] == '-'))
                    return false;
                payload = i + 1;
                break;
            case ' ':
                var bar = i + Scan.Spaces(line, i);
                if (bar >= line.Length || line[bar] != '|')
                    return false;
                payload = bar + 1 < line.Length && line[bar + 1] == ' ' ? bar + 2 : bar + 1;
                break;
            case '|':
                payload = i + 1 < line.Length && line[i + 1] == ' ' ? i + 2 : i + 1;
                break;
            default:
                return false;
        }
        parts.Number = number;
        parts.Payload = line[payload..];
        return true;
    }
}
