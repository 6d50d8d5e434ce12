using Analyzer.Families.Lustre.Facts;
namespace Analyzer.Families.Lustre.Parsers.Ftrace;

/// <summary>Allocation-free number reading for trace columns.</summary>
internal static class Number
{
    public static bool Digits(ReadOnlySpan<char> s, out long value)
    {
        value = 0;
        if (s.IsEmpty || s.Length > 18) return false;
        foreach (var c in s)
        {
            if (c is < '0' or > '9') return false;
            value = value * 10 + (c - '0');
        }
        return true;
    }

    /// <summary>`12345.678901` or `12345.678901:` (seconds with 6 or 9 fraction digits) as nanoseconds.</summary>
    public static bool TryTimestamp(ReadOnlySpan<char> s, out long nanos, out bool colon)
    {
        nanos = 0;
        colon = s.Length > 0 && s[^1] == ':';
        if (colon) s = s[..^1];
        var dot = s.IndexOf('.');
        if (dot <= 0 || !Digits(s[..dot], out var seconds)) return false;
        var fraction = s[(dot + 1)..];
        if (fraction.Length is 0 or > 9 || !Digits(fraction, out var f)) return false;
        for (var i = fraction.Length; i < 9; i++) f *= 10;
        nanos = seconds * 1_000_000_000 + f;
        return true;
    }

    /// <summary>
    /// A function_graph duration column: optional overhead marker (+ ! # * @ $), then `1.234 us` (also ms/ns/s on
    /// tools that scale). Returns false for anything else; an empty column is "no duration".
    /// </summary>
    public static bool TryDuration(ReadOnlySpan<char> s, out long nanos, out bool empty)
    {
        nanos = 0;
        s = s.Trim();
        empty = s.IsEmpty;
        if (empty) return true;
        if (s[0] is '+' or '!' or '#' or '*' or '@' or '$') s = s[1..].TrimStart();
        var space = s.IndexOf(' ');
        var number = space < 0 ? s : s[..space];
        var unit = space < 0 ? "us" : s[(space + 1)..].Trim();
        var scale = unit switch { "us" => 1_000d, "ms" => 1_000_000d, "ns" => 1d, "s" => 1_000_000_000d, _ => -1d };
        if (scale < 0 || number.IsEmpty || !char.IsAsciiDigit(number[0])) return false;
        if (!double.TryParse(number, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var value)) return false;
        nanos = (long)Math.Round(value * scale);
        return true;
    }
}
