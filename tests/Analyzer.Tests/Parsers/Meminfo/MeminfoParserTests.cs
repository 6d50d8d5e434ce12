using Analyzer.Families.Linux.Facts;
using Analyzer.Inventory;
using Analyzer.Families.Linux.Parsers.Meminfo;
using Analyzer.Tests.Support;

namespace Analyzer.Tests.Parsers.Meminfo;

/// <summary>/proc/meminfo with and without MemAvailable (Linux 3.14+).</summary>
public sealed class MeminfoParserTests
{
    private static readonly MeminfoParser Parser = new();

    [Fact]
    public void Real_meminfo()
    {
        var run = HostParse.Sample(Parser, "Meminfo", "linux618_meminfo.txt");
        Assert.Equal(InputStatus.Parsed, run.Status);
        var m = run.One<MemoryStats>();
        Assert.Equal((24684096L, 23962432L, 21675848L, 0L, 8140L, 0L), (m.TotalKb, m.AvailableKb!.Value, m.FreeKb!.Value, m.SwapTotalKb!.Value, m.DirtyKb!.Value, m.WritebackKb!.Value));
        Assert.Equal(Math.Round(100.0 * 23962432 / 24684096, 1), m.AvailablePercent);
        Assert.Equal((1, "MemTotal: 24684096 kB"), (m.Provenance.Line!.Value, m.Provenance.Excerpt));
    }

    [Fact]
    public void Old_kernel_without_mem_available_estimates_it()
    {
        var m = HostParse.Text(Parser, "MemTotal:  1000000 kB\nMemFree:  20000 kB\nBuffers:  1000 kB\nCached:  9000 kB\nSwapTotal:  500000 kB\nSwapFree:  100000 kB\n", "meminfo").One<MemoryStats>();
        Assert.Equal((30000L, 3.0, 80.0), (m.AvailableKb!.Value, m.AvailablePercent!.Value, m.SwapUsedPercent!.Value));
    }

    [Fact]
    public void Garbage_fails()
    {
        Assert.Equal(InputStatus.Failed, HostParse.Text(Parser, "MemFree: 1 kB\n").Status);
        Assert.Equal("meminfo", HostParse.Winner("x", HostParse.SampleText("Meminfo", "linux618_meminfo.txt")));
    }
}
