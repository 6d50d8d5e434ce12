using Analyzer.Rules.Facts;

namespace Analyzer.Families.Zfs.Facts;

/// <summary>
/// One column of a `zpool iostat -w` latency or `-r` request-size histogram, summarised: the I/O count and the bucket
/// holding the median, the 99th percentile and the largest I/O. Interval reports are summed; the since-boot first
/// report is used only when it is the only one.
/// </summary>
[FactRecord("ZpoolHistogram", ZfsSources.PoolIostat, Description = "A `zpool iostat -w`/`-r` histogram column summarised as count, median, p99 and max bucket")]
public sealed record ZpoolHistogram : IFact
{
    public required Provenance Provenance { get; init; }

    [Field("Bundle path")] public required string Path { get; init; }
    [Field("Pool name (the first table of a report)")] public required string Pool { get; init; }
    [Field("Pool or vdev the table is for")] public required string Vdev { get; init; }
    [Field("latency (-w) or request-size (-r)")] public required string Kind { get; init; }
    [Field("Column as group.label: total_wait.read, disk_wait.write, syncq_wait.read, sync_read.ind, async_write.agg, scrub, trim")] public required string Column { get; init; }
    [Field("I/Os counted in the column")] public long Count { get; init; }
    [Field("Upper bound of the bucket holding the median (ns for latency, bytes for request size); null when empty")] public long? P50 { get; init; }
    [Field("Upper bound of the bucket holding the 99th percentile; null when empty")] public long? P99 { get; init; }
    [Field("Upper bound of the highest non-empty bucket; null when empty")] public long? Max { get; init; }
}
