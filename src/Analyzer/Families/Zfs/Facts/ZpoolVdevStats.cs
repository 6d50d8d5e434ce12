using Analyzer.Rules.Facts;

namespace Analyzer.Families.Zfs.Facts;

/// <summary>
/// One pool or vdev row of `zpool iostat` (any of -v -l -q, -p, -H), aggregated over the reports of one file: the
/// since-boot first report is used only when it is the only one (or the capture says `-y`); otherwise the worst
/// interval counts. Latencies are the maximum over the reports used, rates and queue depths their peak.
/// </summary>
[FactRecord("ZpoolVdevStats", ZfsSources.PoolIostat, Description = "A pool or vdev of `zpool iostat`: operations, bandwidth, latencies (-l), queue depths (-q)")]
public sealed record ZpoolVdevStats : IFact
{
    public required Provenance Provenance { get; init; }

    [Field("Bundle path")] public required string Path { get; init; }
    [Field("Pool name")] public required string Pool { get; init; }
    [Field("The vdev as printed (pool name for the pool row, `mirror-0`, `raidz2-0`, `sda`, a /dev path)")] public required string Vdev { get; init; }
    [Field("Block device as the kernel names it (basename of a leaf vdev: `sda`, `nvme0n1p3`); null for pools and groups")] public string? Device { get; init; }
    [Field("The whole disk of Device (`sdc1` → `sdc`, `nvme0n1p3` → `nvme0n1`, `wwn-…-part1` → `wwn-…`), to join kernel block-layer errors, which name disks; null for pools and groups")] public string? Disk { get; init; }
    [Field("pool, group (mirror/raidz/draid/replacing/spare), class (logs/cache/spares/special/dedup) or disk")] public required string Kind { get; init; }
    [Field("Depth in the -v tree: 0 pool, 1 top-level vdev, 2 its disks")] public long Depth { get; init; }
    [Field("Reports (intervals) this row appeared in")] public long Reports { get; init; }
    [Field("True when the values are the since-boot averages of the first report (no interval report followed)")] public bool SinceBoot { get; init; }
    [Field("Read operations per second (peak)")] public double? ReadOps { get; init; }
    [Field("Write operations per second (peak)")] public double? WriteOps { get; init; }
    [Field("Read bandwidth (peak)", Unit = "bytes/s")] public double? ReadBandwidth { get; init; }
    [Field("Write bandwidth (peak)", Unit = "bytes/s")] public double? WriteBandwidth { get; init; }
    [Field("Average total read wait, queue + disk (total_wait read, -l; worst report)", Unit = "duration")] public TimeSpan? TotalWaitRead { get; init; }
    [Field("Average total write wait (total_wait write, -l; worst report)", Unit = "duration")] public TimeSpan? TotalWaitWrite { get; init; }
    [Field("Average disk read latency (disk_wait read, -l; worst report)", Unit = "duration")] public TimeSpan? DiskWaitRead { get; init; }
    [Field("Average disk write latency (disk_wait write, -l; worst report)", Unit = "duration")] public TimeSpan? DiskWaitWrite { get; init; }
    [Field("Average sync-queue read wait (syncq_wait read, -l)", Unit = "duration")] public TimeSpan? SyncqWaitRead { get; init; }
    [Field("Average sync-queue write wait (syncq_wait write, -l)", Unit = "duration")] public TimeSpan? SyncqWaitWrite { get; init; }
    [Field("Average async-queue read wait (asyncq_wait read, -l)", Unit = "duration")] public TimeSpan? AsyncqWaitRead { get; init; }
    [Field("Average async-queue write wait (asyncq_wait write, -l)", Unit = "duration")] public TimeSpan? AsyncqWaitWrite { get; init; }
    [Field("Average scrub wait (scrub wait, -l)", Unit = "duration")] public TimeSpan? ScrubWait { get; init; }
    [Field("Average trim wait (trim wait, -l, 0.8+)", Unit = "duration")] public TimeSpan? TrimWait { get; init; }
    [Field("Worst of the total_wait and disk_wait averages (read or write)", Unit = "duration")] public TimeSpan? WorstWait { get; init; }
    [Field("I/Os pending in all ZIO queues (sum of the -q `pend` columns; peak)")] public long? QueuePending { get; init; }
    [Field("I/Os active on the device (sum of the -q `activ` columns; peak)")] public long? QueueActive { get; init; }
}
