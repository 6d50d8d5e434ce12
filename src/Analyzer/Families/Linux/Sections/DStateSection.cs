using Analyzer.Reporting;
using Analyzer.Reporting.Sections;
using System.Globalization;
using Analyzer.Families.Linux.Facts;
using Analyzer.Rules.Facts;

namespace Analyzer.Families.Linux.Sections;

/// <summary>
/// Tasks in D state by command and wait channel, across every snapshot of the bundle (ps, top, /proc/PID/status),
/// with the kernel stack the bundle holds for them (joined by pid).
/// </summary>
internal sealed class DStateSection : IReportSection
{
    private const int MaxRows = 25;

    public ReportTable? Build(FactSet facts)
    {
        var dstate = facts.Of<Process>().Where(p => p.State == "D").ToList();
        var groups = facts.Of<ProcessGroup>().Where(g => g.State == "D").ToList();
        if (dstate.Count == 0 && groups.Count == 0) return null;
        var stackOf = new Dictionary<long, ProcStack>();
        foreach (var s in facts.Of<ProcStack>())
            foreach (var pid in s.Pids)
                stackOf.TryAdd(pid, s);

        // One row per command: counts come from the groups (complete past the per-snapshot cap of kept processes,
        // summed over the command's wait channels per snapshot); pids and wait channels from groups and processes.
        var rows = new Dictionary<string, Row>(StringComparer.Ordinal);
        foreach (var g in groups)
        {
            var row = Get(rows, g.Comm);
            var snapshot = g.Path + "#" + g.Iteration;
            row.PerSnapshot[snapshot] = row.PerSnapshot.GetValueOrDefault(snapshot) + g.Count;
            row.Pids.UnionWith(g.Pids);
            if (g.Wchan is { Length: > 0 } w && w != "-") row.Wchans.Add(w);
            row.Evidence ??= g.Provenance.ToString();
        }
        foreach (var p in dstate)
        {
            var row = Get(rows, p.Comm);
            row.Pids.Add(p.Pid);
            if (p.Wchan is { Length: > 0 } w && w != "-") row.Wchans.Add(w);
            if (p.Format == "proc-status") row.PerSnapshot.TryAdd(p.Path, 1);
            row.Evidence ??= p.Provenance.ToString();
        }
        var ordered = rows.Values
            .OrderByDescending(r => r.Tasks)
            .ThenBy(r => r.Comm, StringComparer.Ordinal)
            .ToList();
        var table = ordered.Take(MaxRows).Select(r =>
        {
            var stacks = r.Pids.Select(pid => stackOf.GetValueOrDefault(pid)).OfType<ProcStack>().DistinctBy(s => s.Signature).ToList();
            return (IReadOnlyList<string>)
            [
                r.Tasks.ToString(CultureInfo.InvariantCulture),
                r.Comm,
                string.Join(", ", r.Wchans.Order(StringComparer.Ordinal).Take(3)) + (r.Wchans.Count > 3 ? ", …" : ""),
                string.Join(", ", r.Pids.Order().Take(6)) + (r.Pids.Count > 6 ? ", …" : ""),
                string.Join("; ", stacks.Select(WaitsIn).Distinct().Take(3)),
                r.PerSnapshot.Count.ToString(CultureInfo.InvariantCulture),
                r.Evidence ?? "",
            ];
        }).ToList();
        var footnote = ordered.Count > MaxRows ? $"{ordered.Count - MaxRows} more groups not shown." : null;
        return new ReportTable(
            "Processes in D state",
            "Tasks in uninterruptible sleep by command, over every ps/top snapshot and /proc/PID/status file; the kernel stack is the bundle's /proc/PID/stack of those pids.",
            ["Tasks", "Command", "Wait channels", "Pids", "Kernel stack waits in", "Snapshots", "First seen"],
            table,
            footnote);
    }

    private static Row Get(Dictionary<string, Row> rows, string comm)
    {
        if (!rows.TryGetValue(comm, out var row)) rows[comm] = row = new Row(comm);
        return row;
    }

    private sealed class Row(string comm)
    {
        public string Comm { get; } = comm;
        public HashSet<string> Wchans { get; } = new(StringComparer.Ordinal);
        public HashSet<long> Pids { get; } = [];
        public Dictionary<string, long> PerSnapshot { get; } = new(StringComparer.Ordinal);
        public string? Evidence { get; set; }

        /// <summary>The most tasks any one snapshot saw, or the distinct pids when more (several snapshots add up).</summary>
        public long Tasks => Math.Max(PerSnapshot.Count == 0 ? 0 : PerSnapshot.Values.Max(), Pids.Count);
    }

    /// <summary>The wait function with its own frame's module: the stack's first module may belong to a helper below it.</summary>
    private static string WaitsIn(ProcStack stack)
    {
        var module = stack.Frames.FirstOrDefault(f => f.Function == stack.WaitFunction)?.Module;
        return stack.WaitFunction + (string.IsNullOrEmpty(module) ? "" : $" [{module}]");
    }
}
