using Analyzer.Reporting;
using Analyzer.Reporting.Sections;
using System.Globalization;
using Analyzer.Families.Linux.Facts;
using Analyzer.Families.Lustre.Facts;
using Analyzer.Rules.Facts;

namespace Analyzer.Families.Lustre.Sections;

/// <summary>Tasks that slept uninterruptibly (sched_switch prev_state D) in the traces, longest sleep first.</summary>
internal sealed class FtraceSleepsSection : IReportSection
{
    private const int MaxRows = 15;

    public ReportTable? Build(FactSet facts)
    {
        var sleeps = facts.Of<FtraceSleep>().OrderByDescending(s => s.Max).ThenBy(s => s.Path, StringComparer.Ordinal).ThenBy(s => s.Pid).ToList();
        if (sleeps.Count == 0) return null;
        var rows = sleeps.Take(MaxRows).Select(s => (IReadOnlyList<string>)
        [
            $"{s.Comm}-{s.Pid.ToString(CultureInfo.InvariantCulture)}",
            s.State,
            s.Sleeps.ToString(CultureInfo.InvariantCulture),
            TraceDurationText.Format(s.Max) + (s.Unfinished ? " (still asleep at the end)" : ""),
            TraceDurationText.Format(s.Total),
            s.Function,
            s.Provenance.ToString(),
        ]).ToList();
        return new ReportTable(
            "Uninterruptible sleeps (ftrace sched_switch)",
            "From a sched_switch away in D state to the task's wakeup; the function is the innermost traced call it slept in.",
            ["Task", "State", "Sleeps", "Longest", "Total", "Slept in", "Longest from"],
            rows,
            sleeps.Count > MaxRows ? $"{sleeps.Count - MaxRows} more tasks not shown." : null);
    }
}
