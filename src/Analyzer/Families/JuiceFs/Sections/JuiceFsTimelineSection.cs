using Analyzer.Reporting;
using Analyzer.Reporting.Sections;
using Analyzer.Families.JuiceFs.Facts;
using Analyzer.Rules.Facts;
using static Analyzer.Families.JuiceFs.Sections.JuiceFsText;

namespace Analyzer.Families.JuiceFs.Sections;

/// <summary>
/// Access-log activity over time: the <see cref="JuiceFsAccessTimeline"/> series merged into at most
/// <see cref="MaxRows"/> rows for reading (the fact keeps the full series for charts).
/// </summary>
internal sealed class JuiceFsTimelineSection : IReportSection
{
    private const int MaxRows = 24;

    public ReportTable? Build(FactSet facts)
    {
        var lines = facts.Of<JuiceFsAccessTimeline>().OrderBy(t => t.Path, StringComparer.Ordinal).ToList();
        if (lines.Count == 0) return null;
        var rows = new List<IReadOnlyList<string>>();
        foreach (var t in lines)
        {
            var n = t.Counts.Count;
            var per = Math.Max(1, (n + MaxRows - 1) / MaxRows);
            var start = DateTime.Parse(t.Start, System.Globalization.CultureInfo.InvariantCulture);
            for (var i = 0; i < n; i += per)
            {
                long count = 0, errors = 0, sum = 0, max = 0;
                for (var j = i; j < Math.Min(n, i + per); j++)
                {
                    count += t.Counts[j];
                    errors += t.Errors[j];
                    sum += t.MeanMicros[j] * t.Counts[j];
                    max = Math.Max(max, t.MaxMicros[j]);
                }
                var width = t.BucketSeconds * Math.Min(per, n - i);
                rows.Add(
                [
                    t.Path,
                    start.AddSeconds(i * t.BucketSeconds).ToString("yyyy-MM-dd'T'HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture),
                    $"{Int(width)}s",
                    Int(count),
                    Number(count / (double)width, "0.#"),
                    Int(errors),
                    Latency(count == 0 ? 0 : sum / count),
                    Latency(max),
                ]);
            }
        }
        return new ReportTable("JuiceFS access rate over time",
            "Records, failures and latency per interval of each access log (client local time).",
            ["Log", "From", "Interval", "Records", "Per second", "Errors", "Mean latency", "Max latency"], rows, null)
        {
            // The HTML report draws mean and max latency over time, one line per log, on a log scale (they span decades).
            Figure = new TimeSeriesFigure(1, [6, 7], "ms") { SeriesColumn = 0, LogScale = true },
        };
    }
}
