using Analyzer.Reporting;
using Analyzer.Reporting.Sections;
using System.Globalization;
using Analyzer.Rules.Model;

namespace Analyzer.Families.Lustre.Sections;

/// <summary>Durations of traced calls span nanoseconds to minutes: microseconds and milliseconds stay readable.</summary>
internal static class TraceDurationText
{
    public static string Format(TimeSpan value)
    {
        if (value < TimeSpan.FromMilliseconds(1)) return (value.Ticks / 10.0).ToString("0.###", CultureInfo.InvariantCulture) + " us";
        if (value < TimeSpan.FromSeconds(1)) return value.TotalMilliseconds.ToString("0.###", CultureInfo.InvariantCulture) + " ms";
        if (value < TimeSpan.FromMinutes(1)) return value.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s";
        return DurationText.Humanize(value);
    }
}
