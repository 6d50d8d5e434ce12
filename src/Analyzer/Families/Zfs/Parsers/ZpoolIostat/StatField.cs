namespace Analyzer.Families.Zfs.Parsers.ZpoolIostat;

/// <summary>The statistics a vdev row can carry, in a fixed order; latencies are held in nanoseconds.</summary>
internal static class StatField
{
    public const int ReadOps = 0, WriteOps = 1, ReadBandwidth = 2, WriteBandwidth = 3;
    public const int TotalWaitRead = 4, TotalWaitWrite = 5, DiskWaitRead = 6, DiskWaitWrite = 7;
    public const int SyncqWaitRead = 8, SyncqWaitWrite = 9, AsyncqWaitRead = 10, AsyncqWaitWrite = 11;
    public const int ScrubWait = 12, TrimWait = 13, QueuePending = 14, QueueActive = 15;
    public const int Count = 16;

    /// <summary>Which field a `group.label` column feeds (-1: kept only in the row count, e.g. capacity or rebuild).</summary>
    public static int Of(string column) => column switch
    {
        "operations.read" => ReadOps,
        "operations.write" => WriteOps,
        "bandwidth.read" => ReadBandwidth,
        "bandwidth.write" => WriteBandwidth,
        "total_wait.read" => TotalWaitRead,
        "total_wait.write" => TotalWaitWrite,
        "disk_wait.read" => DiskWaitRead,
        "disk_wait.write" => DiskWaitWrite,
        "syncq_wait.read" => SyncqWaitRead,
        "syncq_wait.write" => SyncqWaitWrite,
        "asyncq_wait.read" => AsyncqWaitRead,
        "asyncq_wait.write" => AsyncqWaitWrite,
        "scrub.wait" => ScrubWait,
        "trim.wait" => TrimWait,
        _ when column.EndsWith(".pend", StringComparison.Ordinal) => QueuePending,
        _ when column.EndsWith(".activ", StringComparison.Ordinal) => QueueActive,
        _ => -1,
    };

    public static bool IsLatency(int field) => field is >= TotalWaitRead and <= TrimWait;

    /// <summary>Queue columns add up (pending in all queues); the others are single values.</summary>
    public static bool Sums(int field) => field is QueuePending or QueueActive;

    public static double? Worst(ReadOnlySpan<double?> v)
    {
        double? worst = null;
        for (var i = TotalWaitRead; i <= DiskWaitWrite; i++)
            if (v[i] is { } x && (worst is null || x > worst)) worst = x;
        return worst;
    }
}
