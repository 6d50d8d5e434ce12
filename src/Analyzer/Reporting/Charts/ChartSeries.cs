namespace Analyzer.Reporting.Charts;

/// <summary>One named line (or bar group) of a chart; the name is what its legend entry says.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<ChartPoint> Points);
