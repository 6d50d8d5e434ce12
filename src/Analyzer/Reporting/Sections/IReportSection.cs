using Analyzer.Rules.Facts;

namespace Analyzer.Reporting.Sections;

/// <summary>A family's contribution to the report beyond findings: a table built from its facts, or nothing.</summary>
public interface IReportSection
{
    ReportTable? Build(FactSet facts);
}
