namespace Analyzer.Reporting;

/// <summary>A table a family of evidence contributes to the report (e.g. goroutine groups), already ordered.</summary>
public sealed record ReportTable(string Title, string Description, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows, string? Footnote)
{
    /// <summary>
    /// A picture that renderers able to draw (HTML) put right after the table; text renderers ignore it. A section
    /// opts in by setting it: <see cref="FlameGraphFigure"/> or <see cref="TimeSeriesFigure"/>.
    /// </summary>
    public TableFigure? Figure { get; init; }
}
