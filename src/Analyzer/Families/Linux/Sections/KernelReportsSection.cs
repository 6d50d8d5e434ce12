using Analyzer.Reporting;
using Analyzer.Reporting.Sections;
using System.Globalization;
using Analyzer.Families.Linux.Facts;
using Analyzer.Rules.Facts;
using Analyzer.Rules.Model;

namespace Analyzer.Families.Linux.Sections;

/// <summary>
/// Every kernel report of the bundle in one table, causes first: panics, crash reports and ZFS assertions, then
/// lockups and RCU stalls, then hung/blocked tasks (longest first), then OOM kills.
/// </summary>
internal sealed class KernelReportsSection : IReportSection
{
    private const int MaxRows = 25;

    private sealed record Row(int Rank, TimeSpan Order, string Kind, string Task, string What, string Frames, Provenance At);

    public ReportTable? Build(FactSet facts)
    {
        var rows = new List<Row>();
        foreach (var p in facts.Of<KernelPanic>())
            rows.Add(new Row(0, TimeSpan.Zero, "panic", Task(p.Comm, p.Pid), p.Reason, p.TopFrames, p.Provenance));
        foreach (var c in facts.Of<KernelCrash>())
            rows.Add(new Row(c.Kind == "warning" ? 5 : 1, TimeSpan.Zero, c.Kind, Task(c.Comm, c.Pid), c.Function ?? c.Location ?? c.Message, c.TopFrames, c.Provenance));
        foreach (var z in facts.Of<ZfsAssertion>())
            rows.Add(new Row(1, TimeSpan.Zero, "zfs " + z.Kind, Task(z.Comm, z.Pid),
                z.File is not null ? $"{z.File}:{z.Line} {z.Function}()" : z.Message ?? z.Expression, z.TopFrames, z.Provenance));
        foreach (var l in facts.Of<KernelLockup>())
            rows.Add(new Row(2, l.Stuck, l.Kind + " lockup", Task(l.Comm, l.Pid),
                (l.Cpu >= 0 ? $"CPU#{l.Cpu}" : "CPU ?") + (l.Stuck > TimeSpan.Zero ? " stuck " + DurationText.Humanize(l.Stuck) : ""), l.TopFrames, l.Provenance));
        foreach (var r in facts.Of<KernelRcuStall>())
            rows.Add(new Row(2, TimeSpan.Zero, "rcu stall", Task(r.Comm, r.Pid), $"{r.Flavor} {r.Kind}" + (r.Cpus.Length > 0 ? $", CPU(s) {r.Cpus}" : ""), r.TopFrames, r.Provenance));
        foreach (var h in facts.Of<KernelHungTask>())
            rows.Add(new Row(3, h.Blocked, h.Kind, Task(h.Comm, h.Pid),
                h.Blocked > TimeSpan.Zero ? "blocked > " + DurationText.Humanize(h.Blocked) : "state " + h.State, h.TopFrames, h.Provenance));
        foreach (var k in facts.Of<KernelOomKill>())
            rows.Add(new Row(4, TimeSpan.Zero, "oom-kill", Task(k.Comm, k.Pid),
                k.Comm.Length == 0 && k.Pid == 0
                    ? $"victim not shown ({k.Scope}{(k.Trigger.Length > 0 ? ", invoked by " + k.Trigger : "")})"
                    : $"anon-rss {k.AnonRssKb / 1024} MB ({k.Scope})", "", k.Provenance));
        if (rows.Count == 0)
            return null;
        var ordered = rows
            .OrderBy(r => r.Rank)
            .ThenByDescending(r => r.Order)
            .ThenBy(r => r.At.Path, StringComparer.Ordinal)
            .ThenBy(r => r.At.Line)
            .ToList();
        return new ReportTable(
            "Kernel reports",
            $"{rows.Count} report(s) from kernel logs, causes first (panics, crashes, ZFS assertions), then lockups, blocked tasks and OOM kills.",
            ["Kind", "Task", "What", "Top frames (callee ← caller)", "Where"],
            ordered.Take(MaxRows).Select(r => (IReadOnlyList<string>)[r.Kind, r.Task, r.What, r.Frames, r.At.ToString()]).ToList(),
            ordered.Count > MaxRows ? $"{ordered.Count - MaxRows} more reports not shown." : null);
    }

    private static string Task(string comm, long pid) =>
        comm.Length == 0 ? (pid > 0 ? "pid " + pid.ToString(CultureInfo.InvariantCulture) : "") : $"{comm} ({pid.ToString(CultureInfo.InvariantCulture)})";
}
