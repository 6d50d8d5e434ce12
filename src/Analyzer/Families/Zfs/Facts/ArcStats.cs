using Analyzer.Rules.Facts;

namespace Analyzer.Families.Zfs.Facts;

/// <summary>One snapshot of /proc/spl/kstat/zfs/arcstats: cumulative counters since the module loaded, and sizes now.</summary>
[FactRecord("ArcStats", ZfsSources.Arc, Description = "A snapshot of the ARC kstat (arcstats): hit/miss counters since module load, sizes, throttling")]
public sealed record ArcStats : IFact
{
    public required Provenance Provenance { get; init; }

    [Field("Bundle path")] public required string Path { get; init; }
    [Field("Number of `name type data` rows read (the name set is open-ended)")] public long Fields { get; init; }
    [Field("ARC hits since module load (hits)")] public long Hits { get; init; }
    [Field("ARC misses since module load (misses)")] public long Misses { get; init; }
    [Field("Hits on blocks whose read was already in flight (iohits, 2.2+; neither hit nor miss); 0 before 2.2")] public long IoHits { get; init; }
    [Field("hits / (hits + misses); null without accesses")] public double? HitRatio { get; init; }
    [Field("Demand hit ratio (data + metadata reads applications asked for; prefetch left out): demand_*_hits / (demand_*_hits + demand_*_misses); null without demand reads")] public double? DemandHitRatio { get; init; }
    [Field("Demand data hit ratio: demand_data_hits / (demand_data_hits + demand_data_misses); null without demand reads")] public double? DemandDataHitRatio { get; init; }
    [Field("Time the counters cover: kstat snaptime − crtime from the header; null without the header", Unit = "duration")] public TimeSpan? Uptime { get; init; }
    [Field("Average ARC accesses (hits + misses) per second over Uptime; null without the header")] public double? ReadsPerSecond { get; init; }
    [Field("Current ARC size (size)", Unit = "bytes")] public long Size { get; init; }
    [Field("ARC target size (c)", Unit = "bytes")] public long C { get; init; }
    [Field("Lowest target size the ARC may shrink to (c_min)", Unit = "bytes")] public long CMin { get; init; }
    [Field("Highest target size (c_max)", Unit = "bytes")] public long CMax { get; init; }
    [Field("Times writers were throttled because the ARC could not get memory (memory_throttle_count)")] public long MemoryThrottleCount { get; init; }
    [Field("Direct reclaims of ARC memory (memory_direct_count)")] public long MemoryDirectCount { get; init; }
    [Field("Indirect reclaims of ARC memory (memory_indirect_count)")] public long MemoryIndirectCount { get; init; }
    [Field("Memory the ARC considers available (memory_available_bytes, signed: negative means the ARC must shrink); null when absent", Unit = "bytes")] public long? MemoryAvailableBytes { get; init; }
    [Field("1 while the ARC is not allowed to grow (arc_no_grow); null when absent")] public long? ArcNoGrow { get; init; }
    [Field("L2ARC hits (l2_hits)")] public long L2Hits { get; init; }
    [Field("L2ARC misses (l2_misses)")] public long L2Misses { get; init; }
}
