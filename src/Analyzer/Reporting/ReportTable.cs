namespace Analyzer.Reporting;

/// <summary>A table a family of evidence contributes to the report (e.g. goroutine groups), already ordered.</summary>
public sealed record ReportTable(string Title, string Description, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows, string? Footnote);
