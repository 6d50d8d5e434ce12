using Analyzer.Reporting;
using Analyzer.Reporting.Sections;
using Analyzer.Families.JuiceFs.Facts;
using Analyzer.Rules.Facts;
using static Analyzer.Families.JuiceFs.Sections.JuiceFsText;

namespace Analyzer.Families.JuiceFs.Sections;

/// <summary>The slowest access-log records, each with its line, so a reader can open the log at them.</summary>
internal sealed class JuiceFsSlowestSection : IReportSection
{
    public ReportTable? Build(FactSet facts)
    {
        var slow = facts.Of<JuiceFsAccessSlow>().OrderBy(s => s.Path, StringComparer.Ordinal).ThenBy(s => s.Rank).ToList();
        if (slow.Count == 0) return null;
        var rows = slow.Select(s => (IReadOnlyList<string>)
        [
            $"{s.Path}:{s.Line}",
            s.Op,
            Latency(s.Latency),
            s.Status,
            Int(s.Pid),
            Cut(s.Provenance.Excerpt ?? "", 160),
        ]).ToList();
        return new ReportTable("JuiceFS slowest operations", "The slowest records of each access log (10 kept per log).",
            ["Where", "Operation", "Latency", "Status", "Pid", "Record"], rows, null);
    }
}
