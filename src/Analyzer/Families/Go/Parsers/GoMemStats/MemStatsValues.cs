using Analyzer.Families.Go.Facts;
using MemStatsFact = Analyzer.Families.Go.Facts.GoMemStats;
using Analyzer.Rules.Facts;

namespace Analyzer.Families.Go.Parsers.GoMemStats;

/// <summary>
/// What one capture told about runtime.MemStats, keyed by the Go field names both formats print, turned into one
/// <see cref="MemStatsFact"/> fact at the end.
/// </summary>
internal sealed class MemStatsValues
{
    private readonly Dictionary<string, ulong> _counters = new(StringComparer.Ordinal);

    public double GcCpuFraction { get; set; }
    public List<ulong> PauseNs { get; } = [];
    public long? Goroutines { get; set; }
    public string? Cmdline { get; set; }
    public HeapProfileHeader? Header { get; set; }

    /// <summary>True once HeapAlloc was read: the one field every MemStats capture has.</summary>
    public bool HasHeap => _counters.ContainsKey("HeapAlloc");

    public void Set(string name, ulong value) => _counters[name] = value;

    public bool Has(string name) => _counters.ContainsKey(name);

    public MemStatsFact ToFact(string path, string format, int line)
    {
        var numGC = Get("NumGC");
        var ring = PauseRing.From(PauseNs, numGC);
        // heap?debug=1 leaves PauseTotalNs out; the ring sum is the same number while NumGC <= 256.
        var pauseTotal = _counters.TryGetValue("PauseTotalNs", out var total) ? PauseRing.Nanos(total) : ring.Sum;
        return new MemStatsFact
        {
            Provenance = new Provenance(path, line, null, $"HeapAlloc = {Get("HeapAlloc")}"),
            Path = path,
            Format = format,
            HeapAlloc = Get("HeapAlloc"),
            HeapSys = Get("HeapSys"),
            HeapInuse = Get("HeapInuse"),
            HeapIdle = Get("HeapIdle"),
            HeapReleased = Get("HeapReleased"),
            HeapObjects = Get("HeapObjects"),
            Sys = Get("Sys"),
            TotalAlloc = Get("TotalAlloc"),
            Mallocs = Get("Mallocs"),
            Frees = Get("Frees"),
            NextGC = Get("NextGC"),
            NumGC = numGC,
            NumForcedGC = Get("NumForcedGC"),
            GcCpuFraction = GcCpuFraction,
            PauseTotal = pauseTotal,
            LastPause = ring.Last,
            MaxPause = ring.Max,
            P99Pause = ring.P99,
            Goroutines = Goroutines,
            ProfileInuseObjects = Header?.InuseObjects,
            ProfileInuseBytes = Header?.InuseBytes,
            ProfileAllocObjects = Header?.AllocObjects,
            ProfileAllocBytes = Header?.AllocBytes,
            Cmdline = Cmdline,
        };
    }

    // Counters are uint64 in Go; none reaches 2^63 in practice, and clamping beats wrapping to a negative size.
    private long Get(string name) => _counters.TryGetValue(name, out var v) ? (long)Math.Min(v, long.MaxValue) : 0;
}
