using System.Globalization;
using System.Text;

namespace Analyzer.Rules.Model;

/// <summary>
/// Durations as rule authors write them: one or more number+unit pairs (<c>90s</c>, <c>1h30m</c>, <c>250ms</c>,
/// <c>1.5h</c>). One parser for the lexer (literals), <c>duration('5m')</c> / <c>string(d)</c>, param defaults, config
/// values and inline test facts, so every spelling agrees.
/// </summary>
public static class DurationText
{
    public static bool TryParse(string text, out TimeSpan value)
    {
        value = TimeSpan.Zero;
        var span = text.AsSpan().Trim();
        var negative = span.StartsWith("-");
        if (negative)
            span = span[1..];
        if (span.IsEmpty)
            return false;
        double ticks = 0;
        var i = 0;
        while (i < span.Length)
        {
            var numberStart = i;
            while (i < span.Length && (char.IsAsciiDigit(span[i]) || span[i] == '.'))
                i++;
            if (i == numberStart || !double.TryParse(span[numberStart..i], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
                return false;
            var unitStart = i;
            while (i < span.Length && char.IsAsciiLetter(span[i]))
                i++;
            var unit = TicksPerUnit(span[unitStart..i]);
            if (unit is null)
                return false;
            ticks += number * unit.Value;
        }
        if (double.IsInfinity(ticks) || ticks > TimeSpan.MaxValue.Ticks)
            return false;
        value = TimeSpan.FromTicks((long)Math.Round(negative ? -ticks : ticks));
        return true;
    }

    /// <summary>The shortest spelling that <see cref="TryParse"/> reads back: 5400s → "1h30m".</summary>
    public static string Format(TimeSpan value)
    {
        if (value == TimeSpan.Zero)
            return "0s";
        var sb = new StringBuilder();
        if (value < TimeSpan.Zero)
        {
            sb.Append('-');
            value = value == TimeSpan.MinValue ? TimeSpan.MaxValue : value.Negate();
        }
        Append(sb, value.Days, "d");
        Append(sb, value.Hours, "h");
        Append(sb, value.Minutes, "m");
        Append(sb, value.Seconds, "s");
        Append(sb, value.Milliseconds, "ms");
        if (sb.Length == 0 || sb.ToString() == "-")
            sb.Append("0s");
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, int amount, string unit)
    {
        if (amount != 0)
            sb.Append(amount.ToString(CultureInfo.InvariantCulture)).Append(unit);
    }

    private static double? TicksPerUnit(ReadOnlySpan<char> unit) => unit switch
    {
        "ms" => TimeSpan.TicksPerMillisecond,
        "s" => TimeSpan.TicksPerSecond,
        "m" => TimeSpan.TicksPerMinute,
        "h" => TimeSpan.TicksPerHour,
        "d" => TimeSpan.TicksPerDay,
        _ => null,
    };

    /// <summary>For people reading a report: "7m", "1h 5m", "45s", "2d 3h" (two units at most).</summary>
    public static string Humanize(TimeSpan value)
    {
        if (value == TimeSpan.Zero) return "0s";
        if (value < TimeSpan.FromSeconds(1)) return $"{value.TotalMilliseconds:0}ms";
        if (value < TimeSpan.FromMinutes(1)) return $"{value.TotalSeconds:0.#}s";
        if (value < TimeSpan.FromHours(1)) return value.Seconds == 0 ? $"{value.Minutes}m" : $"{value.Minutes}m {value.Seconds}s";
        if (value < TimeSpan.FromDays(1)) return value.Minutes == 0 ? $"{(int)value.TotalHours}h" : $"{(int)value.TotalHours}h {value.Minutes}m";
        return value.Hours == 0 ? $"{(int)value.TotalDays}d" : $"{(int)value.TotalDays}d {value.Hours}h";
    }
}
