using System.Text;
using Analyzer.Inventory;
using static Analyzer.Tests.Parsers.GoMemStats.MemStatsHarness;

namespace Analyzer.Tests.Parsers.GoMemStats;

/// <summary>Damaged, huge and hand-made inputs: the parsers report problems, never throw, never invent numbers.</summary>
public sealed class MemStatsRobustnessTests
{
    [Theory]
    [InlineData(0.3)]
    [InlineData(0.6)]
    [InlineData(0.9)]
    public void Expvar_cut_inside_memstats_fails_without_a_fact(double fraction)
    {
        var bytes = SampleBytes(ExpvarSample);
        var start = Encoding.UTF8.GetString(bytes).IndexOf("\"memstats\"", StringComparison.Ordinal);
        var cut = start + (int)((bytes.Length - start - 10) * fraction);
        var run = Expvar(bytes[..cut]);
        Assert.Equal(InputStatus.Failed, run.Context.Status);
        Assert.Empty(run.Facts);
        Assert.Contains("cut off or damaged", Assert.Single(run.Context.Problems));
    }

    [Fact]
    public void Expvar_cut_after_memstats_is_partial_with_the_fact()
    {
        var text = "{\n\"memstats\": {\"HeapAlloc\": 10, \"NumGC\": 1, \"PauseNs\": [5000]},\n\"zzz\": [1, 2, ";
        var run = Expvar(text);
        Assert.Equal(InputStatus.Partial, run.Context.Status);
        Assert.Equal(10, run.Stats.HeapAlloc);
        Assert.Equal(Ns(5000), run.Stats.LastPause);
    }

    [Theory]
    [InlineData("")]
    [InlineData("garbage {{{")]
    [InlineData("{\"a\": 1}")]
    [InlineData("{\"memstats\": 12}")]
    [InlineData("\0\0\0\0")]
    public void Garbage_fails_without_throwing(string text)
    {
        var run = Expvar(text);
        Assert.Equal(InputStatus.Failed, run.Context.Status);
        Assert.Empty(run.Facts);
    }

    [Fact]
    public void Ten_megabyte_expvar_with_huge_arrays_and_extra_keys_parses()
    {
        var sb = new StringBuilder("{\n\"aaa\": {\"blob\": \"").Append('x', 4_000_000).Append("\"},\n");
        sb.Append("\"cmdline\": [\"/bin/app\", \"-v\"],\n\"goroutines\": 1234,\n\"memstats\": {\"LastGC\": 18446744073709551615, \"BySize\": [");
        for (var i = 0; i < 200_000; i++)
            sb.Append(i == 0 ? "" : ",").Append("{\"Size\":").Append(i).Append(",\"Mallocs\":1,\"Frees\":0}");
        sb.Append("], \"PauseNs\": [");
        for (var i = 0; i < 256; i++)
            sb.Append(i == 0 ? "" : ",").Append(i == 9 ? 250_000_000 : 1000);
        sb.Append("], \"NumGC\": 300, \"GCCPUFraction\": 0.25, \"HeapAlloc\": 9223372036854775808, \"EnableGC\": true},\n");
        sb.Append("\"zzz\": [").Append(string.Join(',', Enumerable.Repeat("1", 500_000))).Append("]\n}\n");
        var bytes = Encoding.UTF8.GetBytes(sb.ToString());
        Assert.True(bytes.Length > 10_000_000);

        var run = Expvar(bytes);
        Assert.Equal(InputStatus.Parsed, run.Context.Status);
        var m = run.Stats;
        Assert.Equal(1234, m.Goroutines);
        Assert.Equal("/bin/app -v", m.Cmdline);
        Assert.Equal(0.25, m.GcCpuFraction);
        Assert.Equal(long.MaxValue, m.HeapAlloc); // uint64 beyond long clamps instead of wrapping negative
        Assert.Equal(Ns(250_000_000), m.MaxPause);
        Assert.Equal(Ns(1000), m.LastPause); // (300+255)%256 = 43
        Assert.Equal(Ns(1000), m.P99Pause);
    }

    private const string HeapHead = "heap profile: 2: 2048 [10: 10240] @ heap/1048576\n1: 1024 [5: 5120] @ 0x1 0x2\n#\t0x1\tmain.alloc+0x1\t/app/main.go:10\n\n";
    private const string Trailer = "\n# runtime.MemStats\n# Alloc = 100\n# HeapAlloc = 100\n# HeapSys = 4000\n# Stack = 32768 / 65536\n# PauseNs = [100000000 200000000 0]\n# NumGC = 2\n# GCCPUFraction = 0.125\n# DebugGC = false\n";

    [Fact]
    public void Heap_text_with_trailer_reads_pairs_arrays_and_fractions()
    {
        var run = Heap(HeapHead + Trailer);
        Assert.Equal(InputStatus.Parsed, run.Context.Status);
        var m = run.Stats;
        Assert.Equal((100L, 4000L, 2L, 0.125), (m.HeapAlloc, m.HeapSys, m.NumGC, m.GcCpuFraction));
        Assert.Equal(TimeSpan.FromMilliseconds(200), m.LastPause);
        Assert.Equal(TimeSpan.FromMilliseconds(200), m.MaxPause);
        Assert.Equal(TimeSpan.FromMilliseconds(300), m.PauseTotal);
        Assert.Equal(6, m.Provenance.Line);
    }

    [Fact]
    public void Heap_text_with_crlf_reads_the_same()
    {
        var lf = Heap(HeapHead + Trailer).Stats;
        var crlf = Heap((HeapHead + Trailer).Replace("\n", "\r\n", StringComparison.Ordinal)).Stats;
        Assert.Equal(lf, crlf);
        var sample = SampleText(HeapSample).Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.Equal(Heap(sample).Stats, Heap(sample.Replace("\n", "\r\n", StringComparison.Ordinal)).Stats);
    }

    [Fact]
    public void Heap_text_without_trailer_is_partial()
    {
        var run = Heap(HeapHead);
        Assert.Equal(InputStatus.Partial, run.Context.Status);
        Assert.Empty(run.Facts);
    }

    [Fact]
    public void Heap_trailer_cut_before_numgc_is_partial_with_the_fact()
    {
        var run = Heap(HeapHead + "\n# runtime.MemStats\n# Alloc = 100\n# HeapAlloc = 100\n# HeapSys = 40");
        Assert.Equal(InputStatus.Partial, run.Context.Status);
        Assert.Equal(100, run.Stats.HeapAlloc);
        Assert.Null(run.Stats.P99Pause);
    }

    [Theory]
    [InlineData("not a heap profile\n")]
    [InlineData("")]
    public void Heap_text_with_a_wrong_header_fails(string text)
    {
        var run = Heap(text);
        Assert.Equal(InputStatus.Failed, run.Context.Status);
        Assert.Empty(run.Facts);
    }
}
