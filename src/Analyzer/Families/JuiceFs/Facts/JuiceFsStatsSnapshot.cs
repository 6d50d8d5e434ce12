using Analyzer.Rules.Facts;

namespace Analyzer.Families.JuiceFs.Facts;

/// <summary>
/// One snapshot of a mount's `.stats` (`stats.txt`, `stats.5s.txt` in a `juicefs debug` bundle): cumulative counters
/// since the mount started. Two snapshots of one directory give rates (the report's stats table subtracts them).
/// </summary>
[FactRecord("JuiceFsStatsSnapshot", JuiceFsSources.JuiceFs, Description = "A snapshot of a JuiceFS mount's .stats counters (cumulative since mount)")]
public sealed record JuiceFsStatsSnapshot : IFact
{
    public required Provenance Provenance { get; init; }

    [Field("Bundle path")] public required string Path { get; init; }
    [Field("Folder of the snapshot in the bundle: snapshots of one mount share it, so rules pair them for rates")] public string Directory { get; init; } = "";
    [Field("Metric lines read")] public long Metrics { get; init; }
    [Field("Client uptime (juicefs_uptime)", Unit = "duration")] public TimeSpan Uptime { get; init; }
    [Field("FUSE operations (juicefs_fuse_ops_durations_histogram_seconds count)")] public double FuseOps { get; init; }
    [Field("Seconds spent in FUSE operations (histogram sum)")] public double FuseSeconds { get; init; }
    [Field("Metadata operations (juicefs_meta_ops_durations_histogram_seconds count, all methods)")] public double MetaOps { get; init; }
    [Field("Seconds spent in metadata operations")] public double MetaSeconds { get; init; }
    [Field("Metadata transactions restarted (juicefs_transaction_restart)")] public double TransactionRestarts { get; init; }
    [Field("Object storage requests (juicefs_object_request_durations_histogram_seconds count, all methods)")] public double ObjectRequests { get; init; }
    [Field("Seconds spent in object storage requests")] public double ObjectSeconds { get; init; }
    [Field("Failed object storage requests (juicefs_object_request_errors)")] public double ObjectErrors { get; init; }
    [Field("Bytes read through FUSE (juicefs_fuse_read_size_bytes sum)")] public double ReadBytes { get; init; }
    [Field("Bytes written through FUSE (juicefs_fuse_written_size_bytes sum)")] public double WrittenBytes { get; init; }
    [Field("Block cache hits (juicefs_blockcache_hits)")] public double CacheHits { get; init; }
    [Field("Block cache misses (juicefs_blockcache_miss)")] public double CacheMisses { get; init; }
}
