using Analyzer.Rules.Facts;

namespace Analyzer.Families.Zfs.Facts;

/// <summary>
/// Transaction-group sync timing of one pool (or of all, when the source does not name pools), from the per-pool
/// `txgs` kstat (exact open/quiesce/wait/sync times per txg) or from dbgmsg (sync markers and deadman reports).
/// </summary>
[FactRecord("ZfsTxgSync", ZfsSources.Txg, Description = "Transaction-group sync timing from the txgs kstat or dbgmsg: longest sync, largest gap, deadman reports")]
public sealed record ZfsTxgSync : IFact
{
    public required Provenance Provenance { get; init; }

    [Field("Bundle path")] public required string Path { get; init; }
    [Field("txgs (the /proc/spl/kstat/zfs/<pool>/txgs history) or dbgmsg")] public required string Origin { get; init; }
    [Field("Pool name (from the txgs path, or the one pool dbgmsg messages name: spa=, spa_load(, history records of datasets); null when the source does not say")] public string? Pool { get; init; }
    [Field("Transaction groups (txgs) or sync markers (dbgmsg) seen")] public long Txgs { get; init; }
    [Field("Longest sync: txgs stime, or dbgmsg's `slow spa_sync: started N seconds ago`; null when unknown", Unit = "duration")] public TimeSpan? MaxSync { get; init; }
    [Field("Average sync time (txgs only); null otherwise", Unit = "duration")] public TimeSpan? MeanSync { get; init; }
    [Field("Longest time a txg stayed open (txgs otime); null for dbgmsg", Unit = "duration")] public TimeSpan? MaxOpen { get; init; }
    [Field("Largest gap between consecutive txg births (txgs) or sync markers (dbgmsg); null with fewer than two", Unit = "duration")] public TimeSpan? MaxGap { get; init; }
    [Field("The txg with the longest sync (txgs) or the last txg a marker named (dbgmsg); null when unknown")] public long? SlowestTxg { get; init; }
    [Field("Most dirty data of one txg (txgs ndirty)", Unit = "bytes")] public long? MaxDirty { get; init; }
    [Field("dbgmsg `slow spa_sync` deadman reports (spa_deadman: a sync running past zfs_deadman_synctime_ms); null when none")] public long? SlowSyncReports { get; init; }
    [Field("dbgmsg `slow vdev` / `slow zio` deadman reports (I/Os hung past zfs_deadman_ziotime_ms); null when none")] public long? SlowIoReports { get; init; }
    [Field("The vdev path a `slow vdev`/`slow zio` report names first; null without one")] public string? SlowVdev { get; init; }
}
