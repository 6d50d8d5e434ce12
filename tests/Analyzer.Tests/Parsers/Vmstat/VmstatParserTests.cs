using Analyzer.Families.Linux.Facts;
using Analyzer.Inventory;
using Analyzer.Families.Linux.Parsers.Vmstat;
using Analyzer.Tests.Support;

namespace Analyzer.Tests.Parsers.Vmstat;

/// <summary>vmstat by column name: -t, -w, -a, the procps 4 `gu` column, old headers without `st`; the first line is since boot.</summary>
public sealed class VmstatParserTests
{
    private static readonly VmstatParser Parser = new();

    [Fact]
    public void Timestamped_capture_flags_the_since_boot_line()
    {
        var run = HostParse.Fixture(Parser, "host-disk-busy", "vmstat-t.txt");
        Assert.Equal(InputStatus.Parsed, run.Status);
        var lines = run.Of<VmstatSample>().ToList();
        Assert.Equal(8, lines.Count);
        Assert.True(lines[0].SinceBoot);
        Assert.All(lines.Skip(1), l => Assert.False(l.SinceBoot));
        var second = lines[1];
        Assert.Equal((1L, 5L, 1189888L, 1L, 10L, 2L, 88L, "2026-11-29 19:07:11", 4), (second.Runnable, second.Blocked, second.BlocksIn, second.User, second.System, second.Idle, second.IoWait, second.Timestamp, second.Provenance.Line!.Value));
        Assert.Equal(23453820L, second.FreeKb);
    }

    [Theory]
    [InlineData("procps4_vmstat_w.txt", false)]
    [InlineData("procps4_vmstat_a.txt", false)]
    [InlineData("procps4_vmstat_tw.txt", true)]
    public void Wide_active_and_timestamped_layouts(string name, bool timestamped)
    {
        var run = HostParse.Sample(Parser, "Vmstat", name);
        Assert.Equal(InputStatus.Parsed, run.Status);
        var lines = run.Of<VmstatSample>().ToList();
        Assert.Equal(3, lines.Count);
        Assert.Equal(timestamped, lines[1].Timestamp is not null);
        Assert.All(lines, l => Assert.InRange(l.User + l.System + l.Idle + l.IoWait + l.Steal, 98L, 102L)); // vmstat rounds each share
    }

    [Fact]
    public void Old_header_without_steal_and_repeated_headers()
    {
        const string text = """
            procs -----------memory---------- ---swap-- -----io---- --system-- ----cpu----
             r  b   swpd   free   buff  cache   si   so    bi    bo   in    cs us sy id wa
             1  0 102400  51200  10240 204800    3    5    10    20  100   200 10  5 80  5
             4  2 102400  40960  10240 204800 2048 4096    10  9000  900  1200 20 10 30 40
            procs -----------memory---------- ---swap-- -----io---- --system-- ----cpu----
             r  b   swpd   free   buff  cache   si   so    bi    bo   in    cs us sy id wa
             3  1 104448  38912  10240 204800 1024 3072    10  8000  800  1100 25 10 25 40
            """;
        var run = HostParse.Text(Parser, text);
        var lines = run.Of<VmstatSample>().ToList();
        Assert.Equal(3, lines.Count);
        Assert.Equal((2048L, 4096L, 0L), (lines[1].SwapIn, lines[1].SwapOut, lines[1].Steal));
        Assert.Equal((3L, 7), (lines[2].Interval, lines[2].Provenance.Line!.Value));
    }

    [Fact]
    public void A_single_line_is_partial_and_garbage_fails()
    {
        var one = HostParse.Text(Parser, " r  b   swpd   free   buff  cache   si   so    bi    bo   in   cs us sy id wa st\n 1  0 0 1000 10 100 0 0 1 1 1 1 1 1 98 0 0\n");
        Assert.Equal(InputStatus.Partial, one.Status);
        Assert.True(one.One<VmstatSample>().SinceBoot);
        Assert.Equal(InputStatus.Failed, HostParse.Text(Parser, "procs\nnothing\n").Status);
        Assert.Equal("vmstat", HostParse.Winner("x", HostParse.SampleText("Vmstat", "procps4_vmstat_a.txt")));
    }
}
