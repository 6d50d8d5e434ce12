using Analyzer.Families.Linux.Facts;
using Analyzer.Inventory;
using Analyzer.Families.Linux.Parsers.LoadAvg;
using Analyzer.Tests.Support;

namespace Analyzer.Tests.Parsers.LoadAvg;

/// <summary>/proc/loadavg and uptime in the variants procps and BusyBox print, decimal commas included.</summary>
public sealed class LoadAvgParserTests
{
    private static readonly LoadAvgParser Parser = new();

    [Fact]
    public void Proc_loadavg()
    {
        var l = HostParse.Sample(Parser, "LoadAvg", "proc_loadavg.txt").One<LoadAverage>();
        Assert.Equal(("loadavg", 14.68, 20.63, 11.90, 4L, 168L), (l.Format, l.Load1, l.Load5, l.Load15, l.Runnable!.Value, l.Tasks!.Value));
    }

    [Theory]
    [InlineData(" 19:18:44 up 19 min,  0 user,  load average: 14.68, 20.63, 11.90", 14.68, 11.90)]
    [InlineData(" 21:29:34 up 13 days,  3:48,  2 users,  load average: 1.48, 1.38, 1.16", 1.48, 1.16)]
    [InlineData(" 10:00:01 up 1 day, 10 min,  1 user,  load average: 0,52, 0,58, 0,59", 0.52, 0.59)]
    [InlineData("10:00:01 up 5 days, 22:10, load average: 0.00, 0.01, 0.05", 0.00, 0.05)]
    public void Uptime_variants(string line, double load1, double load15)
    {
        var run = HostParse.Text(Parser, line + "\n", "uptime");
        Assert.Equal(InputStatus.Parsed, run.Status);
        var l = run.One<LoadAverage>();
        Assert.Equal(("uptime", load1, load15), (l.Format, l.Load1, l.Load15));
        Assert.Null(l.Runnable);
    }

    [Fact]
    public void Real_uptime_and_garbage()
    {
        Assert.Equal(14.68, HostParse.Sample(Parser, "LoadAvg", "procps4_uptime.txt").One<LoadAverage>().Load1);
        Assert.Equal(InputStatus.Failed, HostParse.Text(Parser, "1 2 3\n").Status);
        Assert.Equal("loadavg", HostParse.Winner("x", "0.12 0.34 0.56 1/234 5678\n"));
        Assert.Equal("top", HostParse.Winner("x", HostParse.SampleText("Top", "top_batch_procps4_linuxmint.txt")));
    }
}
