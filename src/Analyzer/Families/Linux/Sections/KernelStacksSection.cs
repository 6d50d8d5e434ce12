using Analyzer.Reporting;
using Analyzer.Reporting.Sections;
using System.Globalization;
using Analyzer.Families.Linux.Facts;
using Analyzer.Rules.Facts;

namespace Analyzer.Families.Linux.Sections;

/// <summary>
/// /proc/PID/stack of the bundle with identical stacks merged across files, as `md5sum /proc/*/stack | sort | uniq -c`
/// would: stacks of tasks seen in D state first, then by how many tasks share them. A file that read the same tasks
/// again (a loop) counts its tasks once, in the capture that held the most, and says in how many captures the stack was.
/// </summary>
internal sealed class KernelStacksSection : IReportSection
{
    private const int MaxRows = 15;

    public ReportTable? Build(FactSet facts)
    {
        var stacks = facts.Of<ProcStack>().ToList();
        if (stacks.Count == 0) return null;
        var dstate = facts.Of<Process>().Where(p => p.State == "D").Select(p => p.Pid)
            .Concat(facts.Of<ProcessGroup>().Where(g => g.State == "D").SelectMany(g => g.Pids))
            .ToHashSet();
        var merged = stacks
            .GroupBy(s => s.Signature, StringComparer.Ordinal)
            .Select(g =>
            {
                // Per file, the capture that held the most tasks with this stack (a loop reads the same tasks again).
                var files = g.GroupBy(s => s.Path, StringComparer.Ordinal)
                    .Select(file => file.GroupBy(s => s.Iteration).Select(c => c.Sum(s => s.Count)).ToList()).ToList();
                return new
                {
                    First = g.OrderBy(s => s.Path, StringComparer.Ordinal).First(),
                    Count = files.Sum(captures => captures.Max()),
                    Captures = files.Max(captures => captures.Count),
                    Pids = g.SelectMany(s => s.Pids).Distinct().Order().ToList(),
                    Inputs = files.Count,
                };
            })
            .Select(m => new { m.First, m.Count, m.Captures, m.Pids, m.Inputs, InD = m.Pids.Count(dstate.Contains) })
            .OrderByDescending(m => m.InD > 0)
            .ThenByDescending(m => m.Count)
            .ThenBy(m => m.First.Signature, StringComparer.Ordinal)
            .ToList();
        var rows = merged.Take(MaxRows).Select(m => (IReadOnlyList<string>)
        [
            m.Count.ToString(CultureInfo.InvariantCulture),
            m.InD.ToString(CultureInfo.InvariantCulture),
            string.Join(", ", m.Pids.Take(6)) + (m.Pids.Count > 6 ? ", …" : ""),
            m.First.WaitFunction + (m.First.Module is null ? "" : $" [{m.First.Module}]"),
            m.First.Summary,
            m.First.Provenance.ToString() + (m.Inputs > 1 ? $" (+{m.Inputs - 1} more)" : "") + (m.Captures > 1 ? $", the same in {m.Captures} captures" : ""),
        ]).ToList();
        var footnote = merged.Count > MaxRows ? $"{merged.Count - MaxRows} more distinct stacks not shown." : null;
        return new ReportTable(
            "Kernel stacks (/proc/PID/stack)",
            $"{merged.Sum(m => m.Count)} stacks, {merged.Count} distinct: identical stacks counted together across files, a task read again in a later capture once; stacks of tasks seen in D state first.",
            ["Tasks", "In D state", "Pids", "Waits in", "Stack (innermost first)", "Where"],
            rows,
            footnote);
    }
}
