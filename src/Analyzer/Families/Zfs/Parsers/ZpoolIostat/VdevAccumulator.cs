using Analyzer.Families.Zfs.Facts;
using Analyzer.Families.Zfs.Parsers.ZfsUnits;
using Analyzer.Rules.Facts;

namespace Analyzer.Families.Zfs.Parsers.ZpoolIostat;

/// <summary>
/// One pool/vdev across the reports of a file: the since-boot first report kept apart, interval reports folded into
/// their peaks, and the row with the worst wait remembered as evidence. Memory follows the number of vdevs.
/// </summary>
internal sealed class VdevAccumulator(string pool, string vdev, string kind, int depth)
{
    private readonly double?[] _first = new double?[StatField.Count];
    private readonly double?[] _peak = new double?[StatField.Count];
    private int _firstReports;
    private int _intervalReports;
    private double _worstSeen = -1;
    private Provenance? _evidence;

    public void Add(ReadOnlySpan<double?> values, bool sinceBoot, Provenance provenance)
    {
        var target = sinceBoot ? _first : _peak;
        if (sinceBoot) _firstReports++;
        else _intervalReports++;
        for (var i = 0; i < StatField.Count; i++)
            if (values[i] is { } v)
                target[i] = target[i] is { } old ? Math.Max(old, v) : v;
        var worst = StatField.Worst(values) ?? 0;
        // Evidence: the worst interval row, or the since-boot row while no interval row exists.
        if (_evidence is null || (!sinceBoot && (_intervalReports == 1 || worst > _worstSeen)))
        {
            _worstSeen = worst;
            _evidence = provenance;
        }
    }

    public ZpoolVdevStats ToFact(string path)
    {
        var sinceBoot = _intervalReports == 0;
        var v = sinceBoot ? _first : _peak;
        TimeSpan? T(int i) => v[i] is { } ns ? TimeSpan.FromTicks((long)Math.Min(ns / 100, TimeSpan.MaxValue.Ticks)) : null;
        long? L(int i) => v[i] is { } x ? ZfsNumber.ToLong(x) : null;
        return new ZpoolVdevStats
        {
            Provenance = _evidence!,
            Path = path,
            Pool = pool,
            Vdev = vdev,
            Device = kind == "disk" ? DeviceName(vdev) : null,
            Disk = kind == "disk" ? DiskName.Of(DeviceName(vdev)) : null,
            Kind = kind,
            Depth = depth,
            Reports = _firstReports + _intervalReports,
            SinceBoot = sinceBoot,
            ReadOps = v[StatField.ReadOps],
            WriteOps = v[StatField.WriteOps],
            ReadBandwidth = v[StatField.ReadBandwidth],
            WriteBandwidth = v[StatField.WriteBandwidth],
            TotalWaitRead = T(StatField.TotalWaitRead),
            TotalWaitWrite = T(StatField.TotalWaitWrite),
            DiskWaitRead = T(StatField.DiskWaitRead),
            DiskWaitWrite = T(StatField.DiskWaitWrite),
            SyncqWaitRead = T(StatField.SyncqWaitRead),
            SyncqWaitWrite = T(StatField.SyncqWaitWrite),
            AsyncqWaitRead = T(StatField.AsyncqWaitRead),
            AsyncqWaitWrite = T(StatField.AsyncqWaitWrite),
            ScrubWait = T(StatField.ScrubWait),
            TrimWait = T(StatField.TrimWait),
            WorstWait = StatField.Worst(v) is { } w ? TimeSpan.FromTicks((long)Math.Min(w / 100, TimeSpan.MaxValue.Ticks)) : null,
            QueuePending = L(StatField.QueuePending),
            QueueActive = L(StatField.QueueActive),
        };
    }

    /// <summary>The kernel's name for a leaf vdev: `/dev/sdb1` → `sdb1`, `/dev/disk/by-id/wwn-…` stays its link name.</summary>
    private static string DeviceName(string vdev)
    {
        var slash = vdev.LastIndexOf('/');
        return slash >= 0 ? vdev[(slash + 1)..] : vdev;
    }
}
