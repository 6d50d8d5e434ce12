namespace Analyzer.Tests.Damage;

/// <summary>
/// The synthetic wall clock the wrappers stamp lines with: 2026-12-02 10:00:01 UTC plus one millisecond per line, so
/// stamps are deterministic and increase like a real capture's.
/// </summary>
internal static class LineClock
{
    public static readonly DateTime Start = new(2026, 12, 2, 10, 0, 1, DateTimeKind.Utc);

    public static DateTime At(int line) => Start.AddMilliseconds(line);

    /// <summary>RFC 3339 with nanoseconds, as docker, CRI and kubectl print: <c>2026-12-02T10:00:01.001000000Z</c>.</summary>
    public static string Nanos(int line) => At(line).ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff", System.Globalization.CultureInfo.InvariantCulture) + "00Z";

    /// <summary>The monotonic seconds since boot journalctl -o short-monotonic prints: starts at 123.456789.</summary>
    public static double Monotonic(int line) => 123.456789 + line / 1000.0;
}
