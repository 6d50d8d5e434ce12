using System.Globalization;

namespace Analyzer.Reporting;

/// <summary>
/// The one way reports print sizes, durations and counts: bytes in binary units (B, KiB, MiB, GiB, TiB), durations in
/// the largest unit that keeps them readable, and counted nouns with a real plural instead of "(s)".
/// </summary>
public static class Humanize
{
    private static readonly string[] ByteUnits = ["B", "KiB", "MiB", "GiB", "TiB", "PiB"];

    /// <summary>1536 → "1.5 KiB"; under 1 KiB the exact count ("512 B").</summary>
    public static string Bytes(long bytes)
    {
        var value = (double)bytes;
        var unit = 0;
        while (Math.Abs(value) >= 1024 && unit < ByteUnits.Length - 1)
        {
            value /= 1024;
            unit++;
        }
        return unit == 0
            ? bytes.ToString(CultureInfo.InvariantCulture) + " B"
            : value.ToString("0.##", CultureInfo.InvariantCulture) + " " + ByteUnits[unit];
    }

    /// <summary>"850 µs", "12 ms", "1.42 s", "2 min 5 s", "3 h 20 min".</summary>
    public static string Duration(TimeSpan span)
    {
        var abs = span.Duration();
        var sign = span < TimeSpan.Zero ? "-" : "";
        return sign + abs switch
        {
            { TotalMilliseconds: < 1 } => Number(abs.TotalMicroseconds, "0") + " µs",
            { TotalSeconds: < 1 } => Number(abs.TotalMilliseconds, "0.#") + " ms",
            { TotalMinutes: < 1 } => Number(abs.TotalSeconds, "0.##") + " s",
            { TotalHours: < 1 } => $"{(int)abs.TotalMinutes} min {abs.Seconds} s",
            { TotalDays: < 1 } => $"{(int)abs.TotalHours} h {abs.Minutes} min",
            _ => $"{(int)abs.TotalDays} d {abs.Hours} h",
        };
    }

    /// <summary>"1 finding", "3 findings"; <paramref name="plural"/> for nouns that do not take an s.</summary>
    public static string Count(long n, string singular, string? plural = null) =>
        n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? singular : plural ?? singular + "s");

    private static string Number(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
