using System.Globalization;

namespace Analyzer.Families.Linux.Parsers.Top;

/// <summary>
/// The time of day each `top -b` iteration prints first (`top - 11:57:13 up 3 days, ...`; BusyBox prints none): the
/// iteration's capture time, and the time since the first iteration. top prints no date, so a clock that goes back
/// has passed midnight: iterations are seconds or minutes apart, never a whole day.
/// </summary>
internal sealed class TopClock
{
    private TimeSpan? _first;
    private TimeSpan _previous;
    private TimeSpan _days;

    /// <summary>The iteration's time of day as printed (`11:57:13`) and the time since the first, or nulls.</summary>
    public (string? Captured, TimeSpan? Elapsed) Read(ReadOnlySpan<char> summary)
    {
        if (!summary.StartsWith("top - ") || !TryClock(summary["top - ".Length..], out var clock)) return (null, null);
        if (_first is null) _first = clock;
        else if (clock < _previous) _days += TimeSpan.FromDays(1);
        _previous = clock;
        return (clock.ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture), clock + _days - _first.Value);
    }

    private static bool TryClock(ReadOnlySpan<char> text, out TimeSpan clock)
    {
        clock = default;
        if (text.Length < 8 || (text.Length > 8 && text[8] != ' ')) return false;
        return TimeSpan.TryParseExact(text[..8], @"hh\:mm\:ss", CultureInfo.InvariantCulture, out clock) && clock < TimeSpan.FromDays(1);
    }
}
