using System.Text;
using Analyzer.Detection;
using Analyzer.Families.Go.Parsers.GoMemStats;
using Analyzer.Families.Go.Parsers.IpfsDiagSys;
using Analyzer.Inventory;
using static Analyzer.Tests.Parsers.GoMemStats.MemStatsHarness;

namespace Analyzer.Tests.Parsers.GoMemStats;

/// <summary>
/// What <c>json.Marshal(runtime.MemStats)</c> prints — the MemStats fields at the top level, no expvar "memstats"
/// wrapper — is recognised by its content and read like expvar's memstats.
/// </summary>
public sealed class MemStatsBareJsonTests
{
    private const string Sample = "memstats_json_marshal.json";

    [Fact]
    public void Bare_memstats_object_is_claimed_by_content_whatever_its_name()
    {
        var bytes = SampleBytes(Sample);
        Assert.Equal(DetectionConfidence.ContentAtStart, Detect(new ExpvarParser(), "support/runtime-stats.txt", bytes));
        Assert.Equal(DetectionConfidence.None, Detect(new HeapProfileTextParser(), "support/runtime-stats.txt", bytes));
        Assert.Equal(DetectionConfidence.None, Detect(new IpfsDiagSysParser(), "support/runtime-stats.txt", bytes));
        // MarshalIndent output is the same object.
        var indented = Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(
            System.Text.Json.JsonDocument.Parse(bytes).RootElement, new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
        Assert.Equal(DetectionConfidence.ContentAtStart, Detect(new ExpvarParser(), "stats.json", indented));
    }

    [Theory]
    [InlineData("""{"level":"info","msg":"runtime stats","HeapAlloc":1024,"TotalAlloc":2048}""")]
    [InlineData("""{"Name":"x","Alloc":3}""")]
    public void Json_that_only_mentions_memstats_fields_is_not_claimed(string json)
    {
        Assert.Equal(DetectionConfidence.None, Detect(new ExpvarParser(), "data.json", Encoding.UTF8.GetBytes(json)));
    }

    [Fact]
    public void Bare_memstats_object_reads_heap_gc_and_pauses()
    {
        var run = Expvar(SampleBytes(Sample), "support/runtime-stats.txt");
        Assert.Equal(InputStatus.Parsed, run.Context.Status);
        var m = run.Stats;
        Assert.Equal("memstats-json", m.Format);
        Assert.Equal((187_416_576L, 234_881_024L, 190_513_152L, 44_367_872L, 31_645_696L, 1_424_873L),
            (m.HeapAlloc, m.HeapSys, m.HeapInuse, m.HeapIdle, m.HeapReleased, m.HeapObjects));
        Assert.Equal((256_712_968L, 2_941_803_264L, 352_215_904L, 14L), (m.Sys, m.TotalAlloc, m.NextGC, m.NumGC));
        Assert.Equal(0.0047311826219457785, m.GcCpuFraction);
        Assert.Equal(Ns(5_162_647), m.PauseTotal);
        Assert.Null(m.Cmdline);
    }

    [Fact]
    public void Bare_memstats_cut_after_the_heap_fields_is_partial_with_what_it_shows()
    {
        var text = Encoding.UTF8.GetString(SampleBytes(Sample));
        var cut = text[..text.IndexOf("\"PauseNs\"", StringComparison.Ordinal)];
        var run = Expvar(cut, "stats.json");
        Assert.Equal(InputStatus.Partial, run.Context.Status);
        Assert.Contains(run.Context.Problems, p => p.Contains("cut off", StringComparison.Ordinal));
        Assert.Equal(187_416_576L, run.Stats.HeapAlloc);
    }
}
