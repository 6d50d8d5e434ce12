using Analyzer.Reporting;
using Analyzer.Reporting.Sections;
using System.Globalization;
using Analyzer.Families.Linux.Facts;
using Analyzer.Rules.Facts;

namespace Analyzer.Families.Linux.Sections;

/// <summary>
/// One row per block device and iostat capture, busiest first: utilisation, latency and queue over the interval
/// reports (the since-boot report is shown apart, never mixed in).
/// </summary>
internal sealed class DiskStatsSection : IReportSection
{
    private const int MaxRows = 25;

    public ReportTable? Build(FactSet facts)
    {
        var disks = facts.Of<DiskStats>().ToList();
        if (disks.Count == 0) return null;
        var ordered = disks
            .OrderByDescending(d => d.UtilMax ?? -1)
            .ThenByDescending(d => d.QueueMax ?? -1)
            .ThenBy(d => d.Device, StringComparer.Ordinal)
            .ThenBy(d => d.Path, StringComparer.Ordinal)
            .ToList();
        var rows = ordered.Take(MaxRows).Select(d => (IReadOnlyList<string>)
        [
            d.Device,
            d.Kind,
            Num(d.Samples),
            Pair(d.UtilAvg, d.UtilMax),
            d.Samples == 0 ? "" : Num(d.UtilAbove90),
            Pair(d.ReadAwaitAvg, d.ReadAwaitMax),
            Pair(d.WriteAwaitAvg, d.WriteAwaitMax),
            Pair(d.QueueAvg, d.QueueMax),
            Rate(d.ReadsPerSec, d.WritesPerSec),
            Rate(d.ReadKBps, d.WriteKBps),
            d.BootUtil is { } b ? Num(b) : "",
            d.Provenance.ToString(),
        ]).ToList();
        var footnote = ordered.Count > MaxRows ? $"{ordered.Count - MaxRows} more devices not shown." : null;
        return new ReportTable(
            "Block devices (iostat)",
            "Per device and capture, over the interval reports only: the first report of iostat averages since boot and is shown apart. Values are mean / max.",
            ["Device", "Kind", "Intervals", "%util", "≥90% util", "r_await ms", "w_await ms", "aqu-sz", "r/s · w/s", "rkB/s · wkB/s", "%util since boot", "Busiest row"],
            rows,
            footnote);
    }

    private static string Pair(double? avg, double? max) => avg is null && max is null ? "" : $"{Num(avg)} / {Num(max)}";

    private static string Rate(double? read, double? write) => read is null && write is null ? "" : $"{Num(read)} · {Num(write)}";

    private static string Num(double? value) => value is not { } v ? "–" : v.ToString(Math.Abs(v) >= 100 ? "0" : "0.##", CultureInfo.InvariantCulture);

    private static string Num(long value) => value.ToString(CultureInfo.InvariantCulture);
}
