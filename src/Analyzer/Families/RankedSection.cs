using Analyzer.Reporting.Sections;

namespace Analyzer.Families;

/// <summary>A report section and its place in the report (lower first); global across families, like parser ranks.</summary>
public sealed record RankedSection(int Order, IReportSection Section);
