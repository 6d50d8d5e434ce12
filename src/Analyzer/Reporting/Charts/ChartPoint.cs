namespace Analyzer.Reporting.Charts;

/// <summary>One point of a series: x (an interval number or seconds), y, and the label its hover title shows.</summary>
public sealed record ChartPoint(double X, double Y, string Label);
