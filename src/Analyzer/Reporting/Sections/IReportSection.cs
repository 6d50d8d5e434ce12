using Analyzer.Rules.Facts;

namespace Analyzer.Reporting.Sections;

/// <summary>A family's contribution to the report beyond findings: a table built from its facts, or nothing.</summary>
public interface IReportSection
{
    ReportTable? Build(FactSet facts);

    /// <summary>
    /// Every table of the section, for sections that give one table per input (a top table per profile). The
    /// default is <see cref="Build"/>'s one table, so single-table sections implement only that.
    /// </summary>
    IEnumerable<ReportTable> BuildAll(FactSet facts) => Build(facts) is { } table ? [table] : [];
}
