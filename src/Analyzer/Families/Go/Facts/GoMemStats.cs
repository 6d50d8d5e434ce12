using Analyzer.Rules.Facts;

namespace Analyzer.Families.Go.Facts;

/// <summary>One runtime.MemStats snapshot: an expvar /debug/vars capture or the trailer of a heap?debug=1 profile.</summary>
[FactRecord("GoMemStats", GoSources.Runtime, Description = "A Go runtime.MemStats snapshot: heap sizes, GC counts, GC CPU share and pauses")]
public sealed record GoMemStats : IFact
{
    public required Provenance Provenance { get; init; }

    [Field("Bundle path")] public required string Path { get; init; }
    [Field("expvar (/debug/vars JSON) or heap-debug1 (the # runtime.MemStats trailer of heap/allocs?debug=1)")] public required string Format { get; init; }
    [Field("Bytes of allocated heap objects (HeapAlloc)", Unit = "bytes")] public long HeapAlloc { get; init; }
    [Field("Heap memory obtained from the OS (HeapSys)", Unit = "bytes")] public long HeapSys { get; init; }
    [Field("Bytes in in-use spans (HeapInuse)", Unit = "bytes")] public long HeapInuse { get; init; }
    [Field("Bytes in idle spans (HeapIdle)", Unit = "bytes")] public long HeapIdle { get; init; }
    [Field("Idle bytes returned to the OS (HeapReleased)", Unit = "bytes")] public long HeapReleased { get; init; }
    [Field("Allocated heap objects (HeapObjects)")] public long HeapObjects { get; init; }
    [Field("Total memory obtained from the OS (Sys)", Unit = "bytes")] public long Sys { get; init; }
    [Field("Cumulative bytes allocated since start (TotalAlloc)", Unit = "bytes")] public long TotalAlloc { get; init; }
    [Field("Cumulative heap objects allocated (Mallocs)")] public long Mallocs { get; init; }
    [Field("Cumulative heap objects freed (Frees)")] public long Frees { get; init; }
    [Field("Heap size the next GC cycle targets (NextGC)", Unit = "bytes")] public long NextGC { get; init; }
    [Field("Completed GC cycles (NumGC)")] public long NumGC { get; init; }
    [Field("GC cycles forced by runtime.GC or debug.FreeOSMemory (NumForcedGC)")] public long NumForcedGC { get; init; }
    [Field("Fraction of the program's CPU time used by the GC since it started (GCCPUFraction, 0..1)")] public double GcCpuFraction { get; init; }
    [Field("Cumulative stop-the-world pause time (PauseTotalNs); heap-debug1 does not print it, so there it is the sum of the PauseNs ring (exact up to 256 cycles)", Unit = "duration")] public TimeSpan PauseTotal { get; init; }
    [Field("Most recent GC pause (PauseNs[(NumGC+255)%256]); zero before the first GC", Unit = "duration")] public TimeSpan LastPause { get; init; }
    [Field("Longest pause in the ring of the last 256 GC cycles", Unit = "duration")] public TimeSpan MaxPause { get; init; }
    [Field("99th percentile (nearest rank) of the recorded pauses in the ring; null before the first GC", Unit = "duration")] public TimeSpan? P99Pause { get; init; }
    [Field("Goroutine count when the capture publishes one (memstats itself does not); else null")] public long? Goroutines { get; init; }
    [Field("heap-debug1: in-use bytes of the profile header (sampled allocation sites, scaled); null for expvar", Unit = "bytes")] public long? ProfileInuseBytes { get; init; }
    [Field("heap-debug1: in-use objects of the profile header; null for expvar")] public long? ProfileInuseObjects { get; init; }
    [Field("heap-debug1: allocated bytes since start of the profile header; null for expvar", Unit = "bytes")] public long? ProfileAllocBytes { get; init; }
    [Field("heap-debug1: allocated objects since start of the profile header; null for expvar")] public long? ProfileAllocObjects { get; init; }
    [Field("The process command line (expvar cmdline joined by spaces); null when not captured")] public string? Cmdline { get; init; }
}
