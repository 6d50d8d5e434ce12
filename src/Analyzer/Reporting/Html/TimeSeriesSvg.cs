using System.Globalization;
using Analyzer.Reporting.Charts;

namespace Analyzer.Reporting.Html;

/// <summary>
/// A small line chart for a report table marked with <see cref="TimeSeriesFigure"/>: time on x, one polyline per
/// series (value column × distinct <see cref="TimeSeriesFigure.SeriesColumn"/> value) on y — from zero, or on a log
/// scale — five labelled ticks on each axis, a legend, and a hover title on every point. Returns null when no
/// series has two points, since one point is no line.
/// </summary>
internal static class TimeSeriesSvg
{
    private const int MaxSeries = 12;

    public static string? Render(ReportTable table, TimeSeriesFigure figure)
    {
        var series = Series(table, figure);
        if (series.Count == 0)
            return null;
        var epoch = series[0].Epoch;
        var values = string.Join(" and ", figure.ValueColumns.Where(c => c < table.Columns.Count).Select(c => table.Columns[c].ToLowerInvariant()));
        var chart = new IntervalChart(table.Title, epoch is null ? "seconds" : "time (as in the log)", $"{values} ({figure.ValueUnit})", figure.ValueUnit,
            series.Select(l => new ChartSeries(l.Name, l.Points.Select(p => new ChartPoint(p.X, p.Y, p.Label)).ToList())).ToList(), null, "");
        return LineChartSvg.Draw(chart, x => XLabel(x, epoch), figure.LogScale);
    }

    private sealed record Point(double X, double Y, string Label);

    private sealed record Line(string Name, DateTimeOffset? Epoch, List<Point> Points);

    private static List<Line> Series(ReportTable table, TimeSeriesFigure figure)
    {
        var lines = new Dictionary<(string Group, int Column), Line>();
        DateTimeOffset? epoch = null;
        foreach (var row in table.Rows)
        {
            if (figure.TimeColumn >= row.Count || Time(row[figure.TimeColumn], ref epoch) is not { } x)
                continue;
            var group = figure.SeriesColumn is { } g && g < row.Count ? row[g] : "";
            foreach (var column in figure.ValueColumns)
            {
                if (column >= row.Count || Value(row[column], figure.ValueUnit) is not { } y)
                    continue;
                if (!lines.TryGetValue((group, column), out var line))
                {
                    if (lines.Count == MaxSeries)
                        continue;
                    var name = column < table.Columns.Count ? table.Columns[column] : $"column {column}";
                    // The column first: series of one log differ by it, and a legend cut short keeps the start.
                    line = new Line(group.Length > 0 ? $"{name} — {group}" : name, epoch, []);
                    lines[(group, column)] = line;
                }
                line.Points.Add(new Point(x, y, row[figure.TimeColumn]));
            }
        }
        foreach (var line in lines.Values)
            line.Points.Sort((a, b) => a.X.CompareTo(b.X));
        return lines.Values.Where(l => l.Points.Count >= 2).ToList();
    }

    /// <summary>Seconds since the first timestamp seen, or the number itself when the cell is a plain number.</summary>
    private static double? Time(string cell, ref DateTimeOffset? epoch)
    {
        if (double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
            return seconds;
        if (!DateTimeOffset.TryParse(cell, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
            return null;
        epoch ??= time;
        return (time - epoch.Value).TotalSeconds;
    }

    private static string XLabel(double x, DateTimeOffset? epoch) =>
        epoch is { } e ? e.AddSeconds(x).UtcDateTime.ToString("HH:mm:ss", CultureInfo.InvariantCulture) : Inv($"{x:0.##}s");

    /// <summary>The cell's leading number, converted to <paramref name="unit"/> when both are time units.</summary>
    internal static double? Value(string cell, string unit)
    {
        var text = cell.Trim();
        var end = 0;
        while (end < text.Length && (char.IsAsciiDigit(text[end]) || text[end] is '.' or '-' or '+'))
            end++;
        if (!double.TryParse(text.AsSpan(0, end), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            return null;
        var suffix = text[end..].Trim();
        return Seconds(suffix) is { } from && Seconds(unit) is { } to ? value * from / to : value;
    }

    private static double? Seconds(string unit) => unit switch
    {
        "ns" => 1e-9,
        "µs" or "us" or "μs" => 1e-6,
        "ms" => 1e-3,
        "s" => 1,
        "min" or "m" => 60,
        "h" => 3600,
        _ => null,
    };

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
