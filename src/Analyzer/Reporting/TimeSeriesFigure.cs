namespace Analyzer.Reporting;

/// <summary>
/// Marks a report table as a time series: the HTML report draws a line chart after it, with
/// <paramref name="TimeColumn"/> on x (cells as ISO-8601 timestamps, or plain numbers of seconds) and one line per
/// column of <paramref name="ValueColumns"/> on y. A cell's value is its leading number; when
/// <paramref name="ValueUnit"/> is a time unit (ns, µs, us, ms, s, min, h), cells written with another time unit
/// ("670µs", "1.31ms", "2.46s") are converted to it, so a table may print each latency in its own unit. Rows are drawn
/// in time order; cells that do not parse are skipped.
/// </summary>
public sealed record TimeSeriesFigure(int TimeColumn, IReadOnlyList<int> ValueColumns, string ValueUnit) : TableFigure
{
    /// <summary>A column that names the series (e.g. the log file): one line per distinct value and value column.</summary>
    public int? SeriesColumn { get; init; }

    /// <summary>A logarithmic y axis, for values spanning decades (mean and max latency).</summary>
    public bool LogScale { get; init; }
}
