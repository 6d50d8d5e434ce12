using Analyzer.Inventory;

namespace Analyzer.Tests.Parsers.GoMemStats;

/// <summary>The shared real captures (samples/SOURCE.txt), against the numbers printed in them.</summary>
public sealed class MemStatsSampleTests
{
    [Fact]
    public void Expvar_sample_reads_memstats_and_cmdline()
    {
        var run = MemStatsHarness.Expvar(MemStatsHarness.SampleBytes(MemStatsHarness.ExpvarSample), "sc/debug/vars");
        Assert.Equal(InputStatus.Parsed, run.Context.Status);
        var m = run.Stats;
        Assert.Equal("expvar", m.Format);
        Assert.Equal("sc/debug/vars", m.Path);
        Assert.Equal((1_891_072L, 6_619_136L, 4_341_760L, 2_277_376L, 0L, 16_397L),
            (m.HeapAlloc, m.HeapSys, m.HeapInuse, m.HeapIdle, m.HeapReleased, m.HeapObjects));
        Assert.Equal((10_590_456L, 11_894_816L, 171_948L, 155_551L, 4_194_304L),
            (m.Sys, m.TotalAlloc, m.Mallocs, m.Frees, m.NextGC));
        Assert.Equal((5L, 0L), (m.NumGC, m.NumForcedGC));
        Assert.Equal(1.7483197350069177e-05, m.GcCpuFraction);
        Assert.Equal(MemStatsHarness.Ns(449_320), m.PauseTotal);
        Assert.Equal(MemStatsHarness.Ns(43_463), m.LastPause); // PauseNs[(5+255)%256] = PauseNs[4]
        Assert.Equal(MemStatsHarness.Ns(169_728), m.MaxPause);
        Assert.Equal(MemStatsHarness.Ns(169_728), m.P99Pause);
        Assert.Null(m.Goroutines);
        Assert.Null(m.ProfileInuseBytes);
        Assert.Equal("/Users/acampbell/Documents/sc-4.4.6-osx/bin/sc -u ****** -k ****** --pidfile currentA --se-port 4445", m.Cmdline);
        Assert.Equal(("sc/debug/vars", 1, "HeapAlloc = 1891072"), (m.Provenance.Path, m.Provenance.Line, m.Provenance.Excerpt));
    }

    [Fact]
    public void Heap_debug1_sample_reads_header_and_trailer()
    {
        var run = MemStatsHarness.Heap(MemStatsHarness.SampleBytes(MemStatsHarness.HeapSample), "pprof/heap?debug=1");
        Assert.Equal(InputStatus.Parsed, run.Context.Status);
        var m = run.Stats;
        Assert.Equal("heap-debug1", m.Format);
        Assert.Equal((5_878_296L, 16_089_088L, 7_348_224L, 8_740_864L, 5_595_136L, 25_382L),
            (m.HeapAlloc, m.HeapSys, m.HeapInuse, m.HeapIdle, m.HeapReleased, m.HeapObjects));
        Assert.Equal((22_631_688L, 25_293_392L, 89_773L, 64_391L, 8_388_608L),
            (m.Sys, m.TotalAlloc, m.Mallocs, m.Frees, m.NextGC));
        Assert.Equal((3L, 0L), (m.NumGC, m.NumForcedGC));
        Assert.Equal(5.937424150565279e-06, m.GcCpuFraction);
        Assert.Equal(MemStatsHarness.Ns(128_556), m.LastPause); // PauseNs[2]
        Assert.Equal(MemStatsHarness.Ns(530_526), m.MaxPause);
        Assert.Equal(MemStatsHarness.Ns(530_526 + 93_371 + 128_556), m.PauseTotal); // no PauseTotalNs line: ring sum
        Assert.Equal((4L, 1_052_784L, 31L, 1_122_032L),
            (m.ProfileInuseObjects!.Value, m.ProfileInuseBytes!.Value, m.ProfileAllocObjects!.Value, m.ProfileAllocBytes!.Value));
        Assert.Null(m.Cmdline);
        Assert.Equal((19, "HeapAlloc = 5878296"), (m.Provenance.Line, m.Provenance.Excerpt));
    }

    [Fact]
    public void Legacy_heap_profile_without_trailer_is_partial_and_emits_nothing()
    {
        var run = MemStatsHarness.Heap(MemStatsHarness.SampleBytes(MemStatsHarness.LegacyHeapSample));
        Assert.Equal(InputStatus.Partial, run.Context.Status);
        Assert.Empty(run.Facts);
        Assert.Contains(run.Context.Problems, p => p.Contains("runtime.MemStats", StringComparison.Ordinal));
    }
}
