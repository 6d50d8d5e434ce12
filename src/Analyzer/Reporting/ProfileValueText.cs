using Analyzer.Parsing;
using System.Globalization;

namespace Analyzer.Reporting;

/// <summary>
/// Profile values as `go tool pprof` scales them — CPU time in one unit for the whole table (seconds once the total
/// reaches a second, else milliseconds), bytes scaled per value, counts as integers — but written as the rest of the
/// report writes units: binary byte units (KiB, MiB, GiB: pprof's "MB" is 2^20 bytes too) and a space before the unit.
/// </summary>
internal static class ProfileValueText
{
    /// <summary>A formatter for values of <paramref name="sampleType"/> (type/unit) in a table whose total is <paramref name="total"/>.</summary>
    public static Func<long, string> For(string sampleType, long total)
    {
        var unit = sampleType[(sampleType.IndexOf('/') + 1)..];
        var format = Unit(unit, total);
        return v => v == 0 ? "0" : format(v); // pprof prints a bare 0 whatever the unit
    }

    private static Func<long, string> Unit(string unit, long total)
    {
        return unit switch
        {
            "nanoseconds" when Saturating.Abs(total) >= 1_000_000_000 => v => Seconds(v / 1e9) + " s",
            "nanoseconds" => v => Number(v / 1e6) + " ms",
            "microseconds" => v => Number(v / 1e6) + " s",
            "bytes" => Humanize.Bytes,
            _ => v => v.ToString(CultureInfo.InvariantCulture),
        };
    }

    public static string Percent(double percent) => percent.ToString("0.00", CultureInfo.InvariantCulture) + "%";

    /// <summary>Two decimals like pprof, three for values under 0.01s so a few samples do not read as zero.</summary>
    private static string Seconds(double value) =>
        value.ToString(Math.Abs(value) < 0.01 ? "0.###" : "0.##", CultureInfo.InvariantCulture);

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
