using Analyzer.Reporting;
using Analyzer.Reporting.Sections;
using System.Globalization;

namespace Analyzer.Families.JuiceFs.Sections;

/// <summary>Number and latency spellings shared by the JuiceFS tables.</summary>
internal static class JuiceFsText
{
    public static string Int(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Micros(TimeSpan value) => Int(value.Ticks / 10);

    public static string Number(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    /// <summary>Latency for reading: "670µs", "1.31ms", "2.46s".</summary>
    public static string Latency(TimeSpan value) => Latency(value.Ticks / 10);

    public static string Latency(long micros) => micros switch
    {
        < 1000 => $"{Int(micros)}µs",
        < 1_000_000 => $"{Number(micros / 1000.0, "0.##")}ms",
        _ => $"{Number(micros / 1e6, "0.##")}s",
    };

    public static string Cut(string text, int max) => text.Length <= max ? text : text[..max] + "…";
}
