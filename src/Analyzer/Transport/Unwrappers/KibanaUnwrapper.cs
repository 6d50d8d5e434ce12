namespace Analyzer.Transport.Unwrappers;

/// <summary>
/// The timestamp column of a Kibana / Discover CSV-less export: <c>August 3rd 2017, 19:28:27.000 msg</c> (English month
/// name, day with its ordinal suffix, year, comma, clock with milliseconds).
/// </summary>
internal sealed class KibanaUnwrapper : IUnwrapper
{
    public static KibanaUnwrapper Instance { get; } = new();

    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public string Name => "kibana export";

    public bool TryUnwrap(ReadOnlySpan<char> line, Span<char> scratch, ref LineParts parts)
    {
        var sp = line.IndexOf(' ');
        if (sp < 3 || !IsMonth(line[..sp]))
            return false;
        var i = sp + 1;
        var day = Scan.Digits(line, i);
        if (day is 0 or > 2)
            return false;
        i += day;
        if (i + 2 > line.Length || !IsOrdinal(line.Slice(i, 2)))
            return false;
        i += 2;
        if (i >= line.Length || line[i] != ' ' || !Scan.DigitsAt(line, i + 1, 4))
            return false;
        i += 5;
        if (i + 2 > line.Length || line[i] != ',' || line[i + 1] != ' ' || !Scan.Clock(line, i + 2))
            return false;
        i += 10;
        if (i < line.Length && line[i] == '.')
            i += 1 + Scan.Digits(line, i + 1);
        if (i < line.Length)
        {
            if (line[i] != ' ') return false;
            i++;
        }
        parts.Payload = line[i..];
        return true;
    }

    private static bool IsMonth(ReadOnlySpan<char> s)
    {
        foreach (var m in Months)
            if (s.SequenceEqual(m))
                return true;
        return false;
    }

    private static bool IsOrdinal(ReadOnlySpan<char> s) => s is "st" or "nd" or "rd" or "th";
}
