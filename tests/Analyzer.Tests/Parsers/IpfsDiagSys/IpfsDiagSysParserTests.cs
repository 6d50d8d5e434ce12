using System.Text;
using Analyzer.Detection;
using Analyzer.Families.Go.Facts;
using Analyzer.Inventory;
using Analyzer.Families.Go.Parsers.IpfsDiagSys;
using Analyzer.Parsing;
using Analyzer.Rules.Facts;

namespace Analyzer.Tests.Parsers.IpfsDiagSys;

/// <summary>`ipfs diag sys` JSON: the real kubo sample and variants.</summary>
public sealed class IpfsDiagSysParserTests
{
    private static string SamplePath => Path.Combine(AppContext.BaseDirectory, "Parsers", "GoMemStats", "samples", "ipfs_diag_sys_kubo_7458.json");

    private static (List<GoSysInfo> Facts, ParseContext Context) Run(byte[] bytes, string path = "ipfs.sysinfo")
    {
        var facts = new List<IFact>();
        using var stream = new MemoryStream(bytes);
        var context = new ParseContext(path, stream, facts.Add);
        new IpfsDiagSysParser().Parse(context);
        return (facts.OfType<GoSysInfo>().ToList(), context);
    }

    private static DetectionConfidence Detect(string path, string text) =>
        new IpfsDiagSysParser().Detect(new EntryProbe(path, Encoding.UTF8.GetBytes(text), complete: true));

    [Fact]
    public void Real_kubo_snapshot_reads_runtime_memory_disk_and_net()
    {
        var (facts, context) = Run(File.ReadAllBytes(SamplePath));
        Assert.Equal(InputStatus.Parsed, context.Status);
        var s = Assert.Single(facts);
        Assert.Equal(("go1.14.4", "0.6.0-dev", "linux/amd64"), (s.GoVersion, s.AppVersion, s.Platform));
        Assert.Equal((1864L, 4L, 4L), (s.Goroutines!.Value, s.GoMaxProcs!.Value, s.NumCpu!.Value));
        Assert.Equal((5_207_176_000L, 15_964_000L), (s.MemoryUsed!.Value, s.MemorySwap!.Value));
        Assert.Equal((18_522_890_240L, 14_918_279_168L), (s.DiskFree!.Value, s.DiskTotal!.Value));
        Assert.Equal((true, 4L), (s.Online!.Value, s.InterfaceAddresses));
        Assert.Null(s.OpenFds);
        Assert.Equal("\"numgoroutines\": 1864", s.Provenance.Excerpt);
    }

    [Fact]
    public void Detects_the_snapshot_and_leaves_other_json_alone()
    {
        Assert.Equal(DetectionConfidence.ContentAtStart, Detect("x.json", File.ReadAllText(SamplePath)));
        Assert.Equal(DetectionConfidence.None, Detect("x.json", "{\"cmdline\":[\"a\"],\"memstats\":{}}"));
        Assert.Equal(DetectionConfidence.Name, Detect("ipfs.sysinfo", "{\"other\":1}"));
        Assert.Equal(DetectionConfidence.None, Detect("ipfs.sysinfo", "not json"));
    }

    [Fact]
    public void Missing_keys_are_null_and_newer_keys_are_read()
    {
        var (facts, context) = Run(Encoding.UTF8.GetBytes("{\"runtime\":{\"numgoroutines\":\"12\"},\"fds\":300}"));
        Assert.Equal(InputStatus.Parsed, context.Status);
        var s = Assert.Single(facts);
        Assert.Equal((12L, 300L), (s.Goroutines!.Value, s.OpenFds!.Value));
        Assert.Null(s.NumCpu);
        Assert.Equal("", s.Platform);
    }

    [Fact]
    public void Damaged_or_foreign_json_fails_with_a_reason()
    {
        var (cut, cutContext) = Run(Encoding.UTF8.GetBytes("{\"runtime\":{\"numgoroutines\":18"));
        Assert.Empty(cut);
        Assert.Equal(InputStatus.Failed, cutContext.Status);
        var (_, foreign) = Run(Encoding.UTF8.GetBytes("[1,2,3]"));
        Assert.Equal(InputStatus.Failed, foreign.Status);
        Assert.Contains(foreign.Problems, p => p.Contains("runtime", StringComparison.Ordinal));
    }
}
