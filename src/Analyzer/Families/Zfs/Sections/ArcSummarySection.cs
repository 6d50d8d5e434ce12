using Analyzer.Reporting;
using Analyzer.Reporting.Sections;
using Analyzer.Families.Zfs.Facts;
using Analyzer.Rules.Facts;

namespace Analyzer.Families.Zfs.Sections;

/// <summary>
/// The ARC at a glance: each arcstats snapshot (sizes against targets, hit ratios, load, memory throttling) and each
/// arcstat capture summarised over its intervals.
/// </summary>
internal sealed class ArcSummarySection : IReportSection
{
    public ReportTable? Build(FactSet facts)
    {
        var rows = new List<IReadOnlyList<string>>();
        foreach (var a in facts.Of<ArcStats>().OrderBy(a => a.Path, StringComparer.Ordinal))
            rows.Add(
            [
                "arcstats",
                $"{ZfsCells.Bytes(a.Size)} of {ZfsCells.Bytes(a.C)}",
                $"{ZfsCells.Bytes(a.CMin)} – {ZfsCells.Bytes(a.CMax)}",
                $"{ZfsCells.Ratio(a.HitRatio)} (demand {ZfsCells.Ratio(a.DemandHitRatio)})",
                a.ReadsPerSecond is { } r ? $"{ZfsCells.Rate(r)}/s since load" : "–",
                $"{a.MemoryThrottleCount} throttles, {a.MemoryDirectCount} direct / {a.MemoryIndirectCount} indirect reclaims",
                a.Provenance.Path,
            ]);
        foreach (var file in facts.Of<ArcstatInterval>().GroupBy(i => i.Path).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var list = file.ToList();
            var withReads = list.Where(i => i.Reads is not null).ToList();
            var reads = withReads.Sum(i => i.Reads!.Value);
            var hits = withReads.Where(i => i.Hits is not null).Sum(i => i.Hits!.Value);
            var last = list[^1];
            rows.Add(
            [
                $"arcstat ({list.Count} intervals)",
                last.Size is null ? "–" : $"{ZfsCells.Bytes(last.Size)} of {ZfsCells.Bytes(last.C)} (last)",
                "–",
                reads > 0 && withReads.All(i => i.Hits is not null) ? ZfsCells.Ratio(hits / reads) : "–",
                withReads.Count > 0 ? $"{ZfsCells.Rate(reads / withReads.Count)}/s mean, {ZfsCells.Rate(withReads.Max(i => i.Reads))}/s peak" : "–",
                last.Avail is { } av ? $"avail {ZfsCells.Bytes(av)} (last)" : "–",
                file.Key,
            ]);
        }
        if (rows.Count == 0) return null;
        return new ReportTable(
            "ZFS ARC",
            "ARC size against its target c and the c_min–c_max range, hit ratio (arcstats: since module load; arcstat: weighted over the intervals), load, memory throttling.",
            ["Source", "Size of target", "c_min – c_max", "Hit ratio", "Accesses", "Memory", "Capture"],
            rows,
            null);
    }
}
