using Analyzer.Families.Zfs.Facts;
using Analyzer.Families.Zfs.Parsers.ZfsUnits;
using Analyzer.Rules.Facts;

namespace Analyzer.Families.Zfs.Parsers.Arcstats;

/// <summary>The numeric rows of one arcstats file, by name (a few hundred at most), and the fact they make.</summary>
internal sealed class ArcstatsValues
{
    private readonly Dictionary<string, long> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public ArcstatsValues() => _lookup = _values.GetAlternateLookup<ReadOnlySpan<char>>();

    public long Rows { get; private set; }

    public void Set(ReadOnlySpan<char> name, long value)
    {
        Rows++;
        if (_values.Count < 4096) _lookup[name] = value;
    }

    public void Count(ReadOnlySpan<char> name) => Rows++;

    public bool Has(string name) => _values.ContainsKey(name);

    private long Get(string name) => _values.GetValueOrDefault(name);
    private long? Maybe(string name) => _values.TryGetValue(name, out var v) ? v : null;

    public ArcStats ToFact(string path, KstatHeader? header)
    {
        var hits = Get("hits");
        var misses = Get("misses");
        var accesses = (double)hits + misses;
        var dHits = Get("demand_data_hits");
        var dMisses = Get("demand_data_misses");
        var age = header?.Age;
        var demandHits = (double)dHits + Get("demand_metadata_hits");
        var demandAll = demandHits + dMisses + Get("demand_metadata_misses");
        return new ArcStats
        {
            Provenance = new Provenance(path, 1, null, $"hits {hits}, misses {misses}, size {Get("size")}, c {Get("c")}, c_min {Get("c_min")}, c_max {Get("c_max")}, memory_throttle_count {Get("memory_throttle_count")}"),
            Path = path,
            Fields = Rows,
            Hits = hits,
            Misses = misses,
            IoHits = Get("iohits"),
            HitRatio = accesses > 0 ? hits / accesses : null,
            DemandHitRatio = demandAll > 0 ? demandHits / demandAll : null,
            DemandDataHitRatio = dHits + dMisses > 0 ? (double)dHits / ((double)dHits + dMisses) : null,
            Uptime = age,
            ReadsPerSecond = age is { TotalSeconds: > 0 } a ? accesses / a.TotalSeconds : null,
            Size = Get("size"),
            C = Get("c"),
            CMin = Get("c_min"),
            CMax = Get("c_max"),
            MemoryThrottleCount = Get("memory_throttle_count"),
            MemoryDirectCount = Get("memory_direct_count"),
            MemoryIndirectCount = Get("memory_indirect_count"),
            MemoryAvailableBytes = Maybe("memory_available_bytes"),
            ArcNoGrow = Maybe("arc_no_grow"),
            L2Hits = Get("l2_hits"),
            L2Misses = Get("l2_misses"),
        };
    }
}
