using System.Globalization;

namespace Analyzer.Families.Lustre.Parsers.LustreDebug;

/// <summary>Record times (microseconds since the Unix epoch) as the facts show them.</summary>
internal static class Clock
{
    public static string Iso(long micros) =>
        DateTimeOffset.FromUnixTimeMilliseconds(0).AddTicks(micros * 10).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    public static TimeSpan Span(long fromMicros, long toMicros) => TimeSpan.FromTicks(Math.Max(0, toMicros - fromMicros) * 10);
}
