using System.Text;
using Analyzer.Detection;
using Analyzer.Families.Go.Parsers.GoMemStats;
using static Analyzer.Tests.Parsers.GoMemStats.MemStatsHarness;

namespace Analyzer.Tests.Parsers.GoMemStats;

public sealed class MemStatsDetectionTests
{
    [Fact]
    public void Samples_are_claimed_by_content_by_their_own_parser_only()
    {
        var vars = SampleBytes(ExpvarSample);
        var heap = SampleBytes(HeapSample);
        Assert.Equal(DetectionConfidence.ContentAtStart, Detect(new ExpvarParser(), "x.json", vars));
        Assert.Equal(DetectionConfidence.None, Detect(new HeapProfileTextParser(), "x.json", vars));
        Assert.Equal(DetectionConfidence.ContentAtStart, Detect(new HeapProfileTextParser(), "x.txt", heap));
        Assert.Equal(DetectionConfidence.ContentAtStart, Detect(new HeapProfileTextParser(), "x.txt", SampleBytes(LegacyHeapSample)));
        Assert.Equal(DetectionConfidence.None, Detect(new ExpvarParser(), "x.txt", heap));
    }

    [Theory]
    [InlineData("data.json")]
    [InlineData("ipfs.sysinfo")]
    public void Json_that_is_not_expvar_is_not_claimed(string path)
    {
        Assert.Equal(DetectionConfidence.None, Detect(new ExpvarParser(), path, SampleBytes(NotExpvarSample)));
        Assert.Equal(DetectionConfidence.None, Detect(new ExpvarParser(), path, Encoding.UTF8.GetBytes("[1,2,3]")));
        Assert.Equal(DetectionConfidence.None, Detect(new HeapProfileTextParser(), path, SampleBytes(NotExpvarSample)));
    }

    [Theory]
    [InlineData("vars")]
    [InlineData("ipfs.vars")]
    [InlineData("app.vars.json")]
    [InlineData("expvar-2024.json")]
    public void Vars_names_are_claimed_only_for_json_objects(string path)
    {
        Assert.Equal(DetectionConfidence.Name, Detect(new ExpvarParser(), path, Encoding.UTF8.GetBytes("{\"other\": 1}")));
        Assert.Equal(DetectionConfidence.None, Detect(new ExpvarParser(), path, Encoding.UTF8.GetBytes("plain text\n")));
    }

    [Fact]
    public void Cmdline_without_memstats_in_the_head_is_content()
    {
        var text = "{\n\"cmdline\": [\"app\"],\n\"zz\": 1\n}\n";
        Assert.Equal(DetectionConfidence.Content, Detect(new ExpvarParser(), "x", Encoding.UTF8.GetBytes(text)));
    }

    [Theory]
    [InlineData("heap?debug=1")]
    [InlineData("debug/pprof/allocs?debug=1")]
    public void Heap_text_names_are_claimed_by_name(string path)
    {
        Assert.Equal(DetectionConfidence.Name, Detect(new HeapProfileTextParser(), path, Encoding.UTF8.GetBytes("\n")));
        Assert.Equal(DetectionConfidence.None, Detect(new HeapProfileTextParser(), "heap", Encoding.UTF8.GetBytes("\n")));
    }
}
