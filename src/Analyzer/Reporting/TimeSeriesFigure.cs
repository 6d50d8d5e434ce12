namespace Analyzer.Reporting;

/// <summary>
/// The table is a time series: draw a line chart with <paramref name="TimeColumn"/> on x (cells as ISO-8601
/// timestamps or numbers of seconds) and one line per column of <paramref name="ValueColumns"/> on y (each cell's
/// leading number, so "12.5ms" is 12.5). Rows are drawn in time order; cells that do not parse are skipped.
/// </summary>
public sealed record TimeSeriesFigure(int TimeColumn, IReadOnlyList<int> ValueColumns, string ValueUnit) : TableFigure;
