using System.Globalization;
using Analyzer.Rules.Expressions.Syntax;
using Analyzer.Rules.Model;

namespace Analyzer.Rules.Expressions.Runtime;

/// <summary><c>string()</c>, <c>int()</c>, <c>double()</c>, <c>duration()</c> and duration accessors. Culture-invariant; null in, null out; unparsable text → null.</summary>
internal static class Conversions
{
    public static string? ToText(long? v) => v?.ToString(CultureInfo.InvariantCulture);
    public static string? ToText(double? v) => v?.ToString("R", CultureInfo.InvariantCulture);
    public static string? ToText(bool? v) => v is null ? null : v.Value ? "true" : "false";
    public static string? ToText(TimeSpan? v) => v is null ? null : DurationText.Format(v.Value);
    public static string? ToText(string? v) => v;

    public static long? ToInt(long? v) => v;
    public static long? ToInt(double? v) => v is null || double.IsNaN(v.Value) || v.Value >= 9.2233720368547758E18 || v.Value < -9.2233720368547758E18 ? null : (long)v.Value;
    public static long? ToInt(string? v) => long.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var r) ? r : null;

    public static double? ToDouble(long? v) => v;
    public static double? ToDouble(double? v) => v;
    public static double? ToDouble(string? v) => double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var r) ? r : null;

    public static TimeSpan? ToDuration(string? v) => v is not null && DurationText.TryParse(v, out var d) ? d : null;

    public static double? Milliseconds(TimeSpan? d) => d?.TotalMilliseconds;
    public static double? Seconds(TimeSpan? d) => d?.TotalSeconds;
    public static double? Minutes(TimeSpan? d) => d?.TotalMinutes;
    public static double? Hours(TimeSpan? d) => d?.TotalHours;
}
