using Analyzer.Reporting;
using Analyzer.Reporting.Sections;
using Analyzer.Families.JuiceFs.Facts;
using Analyzer.Rules.Facts;
using static Analyzer.Families.JuiceFs.Sections.JuiceFsText;

namespace Analyzer.Families.JuiceFs.Sections;

/// <summary>A captured `juicefs profile` screen, as the tool printed it (heaviest total first).</summary>
internal sealed class JuiceFsProfileSection : IReportSection
{
    public ReportTable? Build(FactSet facts)
    {
        var rows = facts.Of<JuiceFsProfileRow>()
            .OrderBy(r => r.Path, StringComparer.Ordinal).ThenByDescending(r => r.Total).ThenBy(r => r.Key, StringComparer.Ordinal)
            .Select(r => (IReadOnlyList<string>)[r.Path, r.Key, Int(r.Count), Micros(r.Average), Micros(r.Total), Number(r.Percent, "0.0")])
            .ToList();
        return rows.Count == 0 ? null : new ReportTable("JuiceFS profile (captured)",
            "The last screen of each captured `juicefs profile` output.",
            ["File", "Operation", "Count", "Average(us)", "Total(us)", "Percent(%)"], rows, null);
    }
}
