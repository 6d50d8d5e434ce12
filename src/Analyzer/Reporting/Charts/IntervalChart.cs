namespace Analyzer.Reporting.Charts;

/// <summary>
/// A picture of evidence over intervals that has no table of its own in the text report (iostat per device, vmstat,
/// PSI): the HTML report draws it, text renderers leave it out since the tables already summarise the same facts.
/// </summary>
/// <param name="Title">The chart's title, drawn above it.</param>
/// <param name="XTitle">What x counts (e.g. "iostat interval report").</param>
/// <param name="YTitle">What y measures, with its unit (e.g. "%util").</param>
/// <param name="Unit">The unit printed after values on ticks and hover titles ("%", "ms").</param>
/// <param name="AfterTable">The title of the report table the chart belongs after, or null for the charts section.</param>
/// <param name="Source">The bundle path(s) the points come from, for the caption.</param>
public sealed record IntervalChart(string Title, string XTitle, string YTitle, string Unit, IReadOnlyList<ChartSeries> Series, string? AfterTable, string Source)
{
    /// <summary>Bars per x value instead of lines: for windows that are not a sequence in time (PSI avg10/60/300).</summary>
    public bool Bars { get; init; }

    /// <summary>Category names for the x values of a bar chart, by index.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];
}
