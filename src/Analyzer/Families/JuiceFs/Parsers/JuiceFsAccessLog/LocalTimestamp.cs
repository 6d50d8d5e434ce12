namespace Analyzer.Families.JuiceFs.Parsers.JuiceFsAccessLog;

/// <summary>
/// Parses the access log's `2006.01.02 15:04:05.000000` (client local time, no zone; the client log writes
/// `2006/01/02`) into microseconds since 0001-01-01 as if it were UTC. The date part changes rarely, so its day
/// number is cached.
/// </summary>
internal sealed class LocalTimestamp(char dateSeparator = '.')
{
    public const int Length = 26;

    private long _cachedDate = -1;  // yyyyMMdd of the cached day
    private long _cachedDayMicros;

    public bool TryParse(ReadOnlySpan<char> s, out long micros)
    {
        micros = 0;
        if (s.Length < Length || s[4] != dateSeparator || s[7] != dateSeparator || s[10] != ' ' || s[13] != ':' || s[16] != ':' || s[19] != '.')
            return false;
        if (!Digits(s[..4], out var year) || !Digits(s.Slice(5, 2), out var month) || !Digits(s.Slice(8, 2), out var day)
            || !Digits(s.Slice(11, 2), out var hour) || !Digits(s.Slice(14, 2), out var minute) || !Digits(s.Slice(17, 2), out var second)
            || !Digits(s.Slice(20, 6), out var fraction))
            return false;
        var date = year * 10000 + month * 100 + day;
        if (date != _cachedDate)
        {
            if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth((int)year, (int)month))
                return false;
            _cachedDayMicros = new DateTime((int)year, (int)month, (int)day, 0, 0, 0, DateTimeKind.Utc).Ticks / 10;
            _cachedDate = date;
        }
        if (hour > 23 || minute > 59 || second > 60)
            return false;
        micros = _cachedDayMicros + ((hour * 60 + minute) * 60 + second) * 1_000_000 + fraction;
        return true;
    }

    public static string Format(long micros) =>
        new DateTime(micros * 10, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff", System.Globalization.CultureInfo.InvariantCulture);

    public static string FormatSeconds(long micros) =>
        new DateTime(micros * 10, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);

    private static bool Digits(ReadOnlySpan<char> s, out long value)
    {
        value = 0;
        foreach (var c in s)
        {
            var d = (uint)(c - '0');
            if (d > 9) return false;
            value = value * 10 + d;
        }
        return true;
    }
}
