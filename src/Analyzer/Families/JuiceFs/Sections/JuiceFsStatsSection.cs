using Analyzer.Reporting;
using Analyzer.Reporting.Sections;
using Analyzer.Families.JuiceFs.Facts;
using Analyzer.Rules.Facts;
using static Analyzer.Families.JuiceFs.Sections.JuiceFsText;

namespace Analyzer.Families.JuiceFs.Sections;

/// <summary>
/// `.stats` snapshots as rates: two snapshots of one directory (`stats.txt`, `stats.5s.txt`) are subtracted over the
/// difference of their uptimes; a lone snapshot is averaged since the mount started.
/// </summary>
internal sealed class JuiceFsStatsSection : IReportSection
{
    public ReportTable? Build(FactSet facts)
    {
        var snapshots = facts.Of<JuiceFsStatsSnapshot>().ToList();
        if (snapshots.Count == 0) return null;
        var rows = new List<IReadOnlyList<string>>();
        foreach (var dir in snapshots.GroupBy(s => Directory(s.Path)).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var ordered = dir.OrderBy(s => s.Uptime).ToList();
            var last = ordered[^1];
            var first = ordered.Count > 1 && ordered[0].Uptime < last.Uptime ? ordered[0] : null;
            var seconds = first is null ? last.Uptime.TotalSeconds : (last.Uptime - first.Uptime).TotalSeconds;
            if (seconds <= 0) continue;
            double D(Func<JuiceFsStatsSnapshot, double> f) => first is null ? f(last) : f(last) - f(first);
            rows.Add(
            [
                first is null ? last.Path : $"{first.Path} → {last.Path}",
                first is null ? $"since mount ({Number(seconds, "0.#")}s)" : $"{Number(seconds, "0.#")}s",
                Number(D(s => s.FuseOps) / seconds, "0.#"),
                Average(D(s => s.FuseSeconds), D(s => s.FuseOps)),
                Number(D(s => s.MetaOps) / seconds, "0.#"),
                Average(D(s => s.MetaSeconds), D(s => s.MetaOps)),
                Number(D(s => s.ObjectRequests) / seconds, "0.#"),
                Average(D(s => s.ObjectSeconds), D(s => s.ObjectRequests)),
                Number(D(s => s.ObjectErrors), "0"),
                Number(D(s => s.ReadBytes) / seconds / 1048576, "0.##"),
                Number(D(s => s.WrittenBytes) / seconds / 1048576, "0.##"),
            ]);
        }
        return rows.Count == 0 ? null : new ReportTable("JuiceFS .stats rates",
            "Per-second rates and mean latencies between two `.stats` snapshots of a mount (or since the mount started, from one).",
            ["Snapshots", "Interval", "FUSE ops/s", "FUSE mean", "Meta ops/s", "Meta mean", "Object req/s", "Object mean", "Object errors", "Read MB/s", "Write MB/s"],
            rows, null);
    }

    private static string Average(double seconds, double count) => count <= 0 ? "–" : Latency((long)(seconds / count * 1e6));

    private static string Directory(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? "" : path[..slash];
    }
}
