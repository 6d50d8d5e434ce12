using Analyzer.Reporting;
using Analyzer.Reporting.Sections;
using Analyzer.Families.Zfs.Facts;
using Analyzer.Rules.Facts;

namespace Analyzer.Families.Zfs.Sections;

/// <summary>
/// The pools and vdevs of `zpool iostat`, in tree order per capture: operations, bandwidth and the -l latencies, so a
/// slow device stands out beside its peers.
/// </summary>
internal sealed class ZpoolVdevSection : IReportSection
{
    private const int MaxRows = 60;

    public ReportTable? Build(FactSet facts)
    {
        var vdevs = facts.Of<ZpoolVdevStats>().ToList();
        if (vdevs.Count == 0) return null;
        // Facts of one file come in the order the tree printed them; keep it, files by path.
        var ordered = vdevs.Select((v, i) => (v, i)).OrderBy(x => x.v.Path, StringComparer.Ordinal).ThenBy(x => x.i).Select(x => x.v).ToList();
        var rows = ordered.Take(MaxRows).Select(v => (IReadOnlyList<string>)
        [
            v.Pool,
            new string('·', (int)Math.Min(v.Depth, 4) * 2) + v.Vdev + (v.Kind is "pool" or "disk" ? "" : $" ({v.Kind})"),
            ZfsCells.Pair(ZfsCells.Rate(v.ReadOps), ZfsCells.Rate(v.WriteOps)),
            ZfsCells.Pair(ZfsCells.Bytes(v.ReadBandwidth), ZfsCells.Bytes(v.WriteBandwidth)),
            ZfsCells.Pair(ZfsCells.Wait(v.TotalWaitRead), ZfsCells.Wait(v.TotalWaitWrite)),
            ZfsCells.Pair(ZfsCells.Wait(v.DiskWaitRead), ZfsCells.Wait(v.DiskWaitWrite)),
            v.SinceBoot ? "since boot" : $"worst of {v.Reports}",
            v.Provenance.ToString(),
        ]).ToList();
        return new ReportTable(
            "ZFS pools and vdevs",
            "`zpool iostat` per pool and vdev: operations/s and bandwidth (peak of the interval reports), average total and disk waits (-l; the worst interval).",
            ["Pool", "Vdev", "Ops r/w", "Bandwidth r/w", "total_wait r/w", "disk_wait r/w", "Values", "Capture"],
            rows,
            ordered.Count > MaxRows ? $"{ordered.Count - MaxRows} more rows not shown." : null);
    }
}
