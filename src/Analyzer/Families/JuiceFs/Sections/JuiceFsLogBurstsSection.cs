using Analyzer.Reporting;
using Analyzer.Reporting.Sections;
using Analyzer.Families.JuiceFs.Facts;
using Analyzer.Rules.Facts;
using static Analyzer.Families.JuiceFs.Sections.JuiceFsText;

namespace Analyzer.Families.JuiceFs.Sections;

/// <summary>Warning/error patterns of JuiceFS client logs, most severe and most frequent first, with the component they blame.</summary>
internal sealed class JuiceFsLogBurstsSection : IReportSection
{
    private const int MaxRows = 20;

    public ReportTable? Build(FactSet facts)
    {
        var bursts = facts.Of<JuiceFsLogBurst>().ToList();
        if (bursts.Count == 0) return null;
        var ordered = bursts
            .OrderBy(b => b.Level switch { "FATAL" => 0, "ERROR" => 1, _ => 2 })
            .ThenByDescending(b => b.Count).ThenBy(b => b.Path, StringComparer.Ordinal).ThenBy(b => b.FirstLine)
            .ToList();
        var rows = ordered.Take(MaxRows).Select(b => (IReadOnlyList<string>)
        [
            Int(b.Count),
            b.Level,
            b.Component,
            Cut(b.Pattern, 140),
            b.First == b.Last ? b.First : $"{b.First} – {b.Last}",
            Int(b.PeakPerMinute),
            $"{b.Path}:{b.FirstLine}",
        ]).ToList();
        return new ReportTable("JuiceFS client log warnings and errors",
            "Warnings and errors grouped by message pattern (numbers, ids, paths and addresses replaced), with the dependency each points at.",
            ["Count", "Level", "Component", "Pattern", "When", "Peak/min", "First"], rows,
            ordered.Count > MaxRows ? $"{ordered.Count - MaxRows} more patterns not shown." : null);
    }
}
