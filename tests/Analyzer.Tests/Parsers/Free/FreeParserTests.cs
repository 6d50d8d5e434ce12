using Analyzer.Families.Linux.Facts;
using Analyzer.Inventory;
using Analyzer.Families.Linux.Parsers.Free;
using Analyzer.Tests.Support;

namespace Analyzer.Tests.Parsers.Free;

/// <summary>free, old and new layouts, every unit option.</summary>
public sealed class FreeParserTests
{
    private static readonly FreeParser Parser = new();

    [Fact]
    public void Megabytes_by_file_name_with_available()
    {
        var m = HostParse.Fixture(Parser, "host-disk-busy", "free-m.txt").One<MemoryStats>();
        Assert.Equal(("MiB", 24105L * 1024, 23651L * 1024 is var a ? a : 0), (m.Unit, m.TotalKb, m.AvailableKb!.Value));
        Assert.Equal(Math.Round(100.0 * 23651 / 24105, 1), m.AvailablePercent);
        Assert.Equal((0L, (double?)null), (m.SwapTotalKb!.Value, m.SwapUsedPercent));
    }

    [Fact]
    public void Wide_layout_in_kibibytes()
    {
        var m = HostParse.Fixture(Parser, "host-disk-busy", "free-w.txt").One<MemoryStats>();
        Assert.Equal(("KiB (assumed)", 24684096L, 24218800L, 23524268L), (m.Unit, m.TotalKb, m.AvailableKb!.Value, m.FreeKb!.Value));
    }

    [Fact]
    public void Human_units_carry_their_scale()
    {
        var m = HostParse.Sample(Parser, "Free", "procps4_free_h.txt").One<MemoryStats>();
        Assert.Equal(("human", 23L * 1024 * 1024, 22L * 1024 * 1024), (m.Unit, m.TotalKb, m.AvailableKb!.Value));
        var g = HostParse.Sample(Parser, "Free", "procps4_free_g.txt").One<MemoryStats>();
        Assert.Equal(("GiB", 23L * 1024 * 1024), (g.Unit, g.TotalKb)); // `procps4_free_g`: the -g in the name
    }

    [Fact]
    public void Old_layout_uses_the_buffers_cache_line_as_available()
    {
        const string text = """
                         total       used       free     shared    buffers     cached
            Mem:       8061032    7934544     126488          0     208200    6123692
            -/+ buffers/cache:    1602652    6458380
            Swap:      2097148      41528    2055620
            """;
        var m = HostParse.Text(Parser, text, "free").One<MemoryStats>();
        Assert.Equal((8061032L, 6458380L, 126488L, 80.1), (m.TotalKb, m.AvailableKb!.Value, m.FreeKb!.Value, m.AvailablePercent!.Value));
        Assert.Equal((2097148L, 2.0), (m.SwapTotalKb!.Value, m.SwapUsedPercent!.Value));
        Assert.Equal(2, m.Provenance.Line);
    }

    [Fact]
    public void Garbage_fails()
    {
        Assert.Equal(InputStatus.Failed, HostParse.Text(Parser, "total used free\nnothing\n").Status);
        Assert.Equal("free", HostParse.Winner("x", HostParse.SampleText("Free", "procps4_free_wm.txt")));
    }
}
