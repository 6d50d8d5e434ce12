using Analyzer.Detection;
using Analyzer.Families.Go.Parsers.FoldedStacks;
using Analyzer.Families.Go.Parsers.PerfScript;
using Analyzer.Families.Linux.Facts;
using Analyzer.Families.Linux.Parsers.Meminfo;
using Analyzer.Inventory;
using Analyzer.Tests.Support;

namespace Analyzer.Tests.Parsers.Meminfo;

/// <summary>Per-NUMA-node meminfo, and meminfo pastes that lost their `kB` or gained thousands separators.</summary>
public sealed class MeminfoPastedShapesTests
{
    private static readonly MeminfoParser Parser = new();

    [Fact]
    public void Node_meminfo_is_read_per_node_without_an_available_figure()
    {
        var run = HostParse.Sample(Parser, "Meminfo", "linux6_sys_node0_meminfo.txt");
        Assert.Equal(InputStatus.Parsed, run.Status);
        var m = run.One<MemoryStats>();
        Assert.Equal((0L, 8087288L, 5246176L, 1628L), (m.Node!.Value, m.TotalKb, m.FreeKb!.Value, m.DirtyKb!.Value));
        Assert.Null(m.AvailableKb); // no MemAvailable per node: LNX0023 does not judge it
        Assert.Contains(run.Context.Problems, p => p.Contains("per-NUMA-node", StringComparison.Ordinal));
        Assert.Equal((1, "Node 0 MemTotal: 8087288 kB"), (m.Provenance.Line!.Value, m.Provenance.Excerpt));
    }

    [Fact]
    public void Node_meminfo_is_meminfo_and_not_a_perf_profile()
    {
        var text = HostParse.SampleText("Meminfo", "linux6_sys_node0_meminfo.txt");
        Assert.Equal("meminfo", HostParse.Winner("sys/devices/system/node/node0/meminfo", text));
        Assert.Equal("meminfo", HostParse.Winner("paste.txt", text));
        // `Node 0 MemTotal: 8087288 kB` once passed for a perf sample header (comm `Node`, pid 0, event `MemTotal`)
        // carrying its frame (`8087288 kB`); the profile detectors must leave `key: value kB` text alone.
        Assert.Equal(DetectionConfidence.None, HostParse.Detect(new PerfScriptParser(), "paste.txt", text));
        Assert.Equal(DetectionConfidence.None, HostParse.Detect(new FoldedStacksParser(), "paste.txt", text));
        Assert.Equal(DetectionConfidence.None, HostParse.Detect(new PerfScriptParser(), "paste.txt", "Node 0 Dirty:  1628 kB\nNode 0 Writeback:  0 kB\n"));
    }

    [Fact]
    public void Concatenated_and_grepped_node_files_give_one_reading_per_node()
    {
        var text = "/sys/devices/system/node/node0/meminfo:Node 0 MemTotal:  16384 kB\n/sys/devices/system/node/node0/meminfo:Node 0 MemFree:  1024 kB\n"
                   + "/sys/devices/system/node/node1/meminfo:Node 1 MemTotal:  16384 kB\n/sys/devices/system/node/node1/meminfo:Node 1 MemFree:  15000 kB\n";
        var run = HostParse.Text(Parser, text);
        Assert.Equal([(0L, 1024L), (1L, 15000L)], run.Of<MemoryStats>().Select(m => (m.Node!.Value, m.FreeKb!.Value)));
    }

    [Theory]
    [InlineData("MemTotal:       16,316,108 kB\nMemFree:   1,001,000 kB\nMemAvailable:   1,631,610 kB\n", "kB")]
    [InlineData("MemTotal:       16 316 108 kB\nMemFree:   1 001 000 kB\nMemAvailable:   1 631 610 kB\n", "kB")]
    [InlineData("MemTotal:       16.316.108 kB\nMemFree:   1.001.000 kB\nMemAvailable:   1.631.610 kB\n", "kB")]
    [InlineData("MemTotal: 16316108\nMemFree: 1001000\nMemAvailable: 1631610\nHugePages_Total: 0\n", "kB (assumed)")]
    [InlineData("MemTotal:16316108kB\nMemFree:1001000kB\nMemAvailable:1631610kB\n", "kB")]
    public void Separators_and_missing_units_still_give_kilobytes(string text, string unit)
    {
        var run = HostParse.Text(Parser, text);
        Assert.Equal(InputStatus.Parsed, run.Status);
        var m = run.One<MemoryStats>();
        Assert.Equal((16316108L, 1631610L, 10.0, unit), (m.TotalKb, m.AvailableKb!.Value, m.AvailablePercent!.Value, m.Unit));
        Assert.Equal(unit != "kB", run.Context.Problems.Any(p => p.Contains("without a unit", StringComparison.Ordinal)));
        Assert.Equal("meminfo", HostParse.Winner("paste.txt", text));
    }

    [Theory]
    [InlineData("MemTotal: 16,31,6108 kB\nMemFree: 1 kB\n")] // not groups of three: not a number
    [InlineData("MemTotal: 12 apples\nMemFree: 1 kB\n")]
    public void Malformed_sizes_are_not_guessed(string text) =>
        Assert.Equal(InputStatus.Failed, HostParse.Text(Parser, text).Status);
}
