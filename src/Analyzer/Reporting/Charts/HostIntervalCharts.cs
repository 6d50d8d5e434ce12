using System.Globalization;
using Analyzer.Families.Linux.Facts;
using Analyzer.Rules.Facts;

namespace Analyzer.Reporting.Charts;

/// <summary>
/// The host's interval evidence as charts: per iostat capture, %util and read/write await per device over the interval
/// reports; per vmstat capture, CPU shares and runnable/blocked tasks over its reports (the since-boot line left out,
/// as everywhere); PSI's stall shares by window. A chart needs two intervals at least: one point is no line.
/// </summary>
internal static class HostIntervalCharts
{
    /// <summary>Devices drawn per iostat chart, busiest first; more lines than this read as noise.</summary>
    private const int MaxDevices = 6;

    internal const string IostatTable = "Block devices (iostat)";

    public static IReadOnlyList<IntervalChart> Build(FactSet facts)
    {
        var charts = new List<IntervalChart>();
        // The capture with the most interval reports first: it is the one most worth a look.
        foreach (var capture in facts.Of<DiskSample>().GroupBy(s => s.Path)
                     .OrderByDescending(g => g.Select(s => s.Interval).Distinct().Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
            charts.AddRange(Iostat(capture.Key, capture.ToList()));
        foreach (var capture in facts.Of<VmstatSample>().Where(s => !s.SinceBoot).GroupBy(s => s.Path).OrderBy(g => g.Key, StringComparer.Ordinal))
            charts.AddRange(Vmstat(capture.Key, capture.OrderBy(s => s.Interval).ToList()));
        if (Psi(facts.Of<Pressure>().ToList()) is { } psi)
            charts.Add(psi);
        return charts;
    }

    private static IEnumerable<IntervalChart> Iostat(string path, List<DiskSample> samples)
    {
        if (samples.Select(s => s.Interval).Distinct().Count() < 2)
            yield break;
        var devices = samples.GroupBy(s => s.Device, StringComparer.Ordinal)
            .OrderByDescending(g => g.Max(s => s.Util ?? -1)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(MaxDevices).ToList();
        var util = devices.Select(d => Line(d.Key, d, s => s.Util, Label)).Where(s => s.Points.Count >= 2).ToList();
        if (util.Count > 0)
            yield return new IntervalChart($"%util per device — {path}", "iostat interval report", "%util (time the device was busy)", "%", util, IostatTable, path);
        var await = devices.SelectMany(d => new[]
        {
            Line($"{d.Key} read", d, s => s.ReadAwait, Label),
            Line($"{d.Key} write", d, s => s.WriteAwait, Label),
        }).Where(s => s.Points.Count >= 2).ToList();
        if (await.Count > 0)
            yield return new IntervalChart($"Await per device — {path}", "iostat interval report", "await (ms per request, queue and service)", "ms", await, IostatTable, path);
    }

    private static IEnumerable<IntervalChart> Vmstat(string path, List<VmstatSample> samples)
    {
        if (samples.Count < 2)
            yield break;
        string L(VmstatSample s) => s.Timestamp ?? $"report {s.Interval}";
        yield return new IntervalChart($"CPU (vmstat) — {path}", "vmstat report", "share of CPU time (%)", "%",
        [
            Line("us (user)", samples, s => s.User, L),
            Line("sy (system)", samples, s => s.System, L),
            Line("wa (I/O wait)", samples, s => s.IoWait, L),
            Line("id (idle)", samples, s => s.Idle, L),
        ], null, path);
        yield return new IntervalChart($"Tasks (vmstat) — {path}", "vmstat report", "tasks", "",
        [
            Line("r (runnable)", samples, s => s.Runnable, L),
            Line("b (blocked, D state)", samples, s => s.Blocked, L),
        ], null, path);
    }

    private static IntervalChart? Psi(List<Pressure> pressures)
    {
        if (pressures.Count == 0)
            return null;
        var ordered = pressures.OrderBy(p => p.Resource, StringComparer.Ordinal).ThenBy(p => p.Kind, StringComparer.Ordinal)
            .ThenBy(p => p.Path, StringComparer.Ordinal).ToList();
        var paths = ordered.Select(p => p.Path).Distinct(StringComparer.Ordinal).ToList();
        var series = ordered.Select(p => new ChartSeries(
            paths.Count == 1 ? $"{p.Resource} {p.Kind}" : $"{p.Resource} {p.Kind} ({p.Path})",
            [new ChartPoint(0, p.Avg10, "avg10"), new ChartPoint(1, p.Avg60, "avg60"), new ChartPoint(2, p.Avg300, "avg300")])).ToList();
        return new IntervalChart("Pressure stall (PSI) by window", "averaging window", "share of time stalled (%)", "%", series, null, string.Join(", ", paths))
        {
            Bars = true,
            Categories = ["last 10 s", "last 60 s", "last 300 s"],
        };
    }

    private static string Label(DiskSample s) => s.Timestamp ?? $"interval {s.Interval.ToString(CultureInfo.InvariantCulture)}";

    private static ChartSeries Line<T>(string name, IEnumerable<T> samples, Func<T, double?> value, Func<T, string> label) where T : IFact
    {
        var points = new List<ChartPoint>();
        foreach (var s in samples)
            if (value(s) is { } y && double.IsFinite(y))
                points.Add(new ChartPoint(X(s), y, label(s)));
        return new ChartSeries(name, points.OrderBy(p => p.X).ToList());
    }

    private static double X<T>(T sample) => sample switch
    {
        DiskSample d => d.Interval,
        VmstatSample v => v.Interval - 1, // report 1 is since boot; intervals count from 1
        _ => 0,
    };
}
