using System.Globalization;

namespace Analyzer.Rules.Model;

/// <summary>
/// Durations as rule authors write them (<c>90s</c>, <c>5m</c>, <c>1h30m</c>, <c>250ms</c>, <c>2d</c>) and as reports
/// print them (<c>7m</c>, <c>1h 5m</c>, <c>45s</c>).
/// </summary>
public static class DurationText
{
    public static bool TryParse(string text, out TimeSpan value)
    {
        value = TimeSpan.Zero;
        var s = text.Trim();
        if (s.Length == 0) return false;
        var i = 0;
        while (i < s.Length)
        {
            var start = i;
            while (i < s.Length && (char.IsAsciiDigit(s[i]) || s[i] == '.')) i++;
            if (start == i || !double.TryParse(s.AsSpan(start, i - start), NumberStyles.Float, CultureInfo.InvariantCulture, out var n))
                return false;
            var unitStart = i;
            while (i < s.Length && char.IsAsciiLetter(s[i])) i++;
            var unit = s[unitStart..i];
            var part = unit switch
            {
                "ms" => TimeSpan.FromMilliseconds(n),
                "s" => TimeSpan.FromSeconds(n),
                "m" => TimeSpan.FromMinutes(n),
                "h" => TimeSpan.FromHours(n),
                "d" => TimeSpan.FromDays(n),
                _ => (TimeSpan?)null,
            };
            if (part is null) return false;
            value += part.Value;
        }
        return true;
    }

    public static string Format(TimeSpan value)
    {
        if (value == TimeSpan.Zero) return "0s";
        if (value < TimeSpan.FromSeconds(1)) return $"{value.TotalMilliseconds:0}ms";
        if (value < TimeSpan.FromMinutes(1)) return $"{value.TotalSeconds:0.#}s";
        if (value < TimeSpan.FromHours(1)) return value.Seconds == 0 ? $"{value.Minutes}m" : $"{value.Minutes}m {value.Seconds}s";
        if (value < TimeSpan.FromDays(1)) return value.Minutes == 0 ? $"{(int)value.TotalHours}h" : $"{(int)value.TotalHours}h {value.Minutes}m";
        return value.Hours == 0 ? $"{(int)value.TotalDays}d" : $"{(int)value.TotalDays}d {value.Hours}h";
    }
}
