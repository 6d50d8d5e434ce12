using Analyzer.Families.Linux.Facts;
using Analyzer.Inventory;
using Analyzer.Families.Linux.Parsers.Top;
using Analyzer.Tests.Support;

namespace Analyzer.Tests.Parsers.Top;

/// <summary>top -b of procps-ng 4, procps 3.2 and BusyBox (formats.md §5.2), and a real two-iteration capture.</summary>
public sealed class TopParserTests
{
    private static readonly TopParser Parser = new();

    [Fact]
    public void Procps4_summary_and_task_table()
    {
        var run = HostParse.Sample(Parser, "Top", "top_batch_procps4_linuxmint.txt");
        Assert.Equal(InputStatus.Parsed, run.Status);
        var load = run.One<LoadAverage>();
        Assert.Equal(("top", 1.48, 1.38, 1.16, 1), (load.Format, load.Load1, load.Load5, load.Load15, load.Provenance.Line));
        var mem = run.One<MemoryStats>();
        Assert.Equal((15285658L, 7159603L, 46.8), (mem.TotalKb, mem.AvailableKb!.Value, mem.AvailablePercent!.Value)); // MiB × 1024, `avail Mem`
        var snap = run.One<ProcessSnapshot>();
        Assert.Equal((6L, 1L, 5L), (snap.Processes, snap.Running, snap.Sleeping));
        var busiest = run.Of<Process>().OrderByDescending(p => p.CpuPercent).First();
        Assert.Equal((3575567L, "top", 17.7, 7360L), (busiest.Pid, busiest.Comm, busiest.CpuPercent!.Value, busiest.RssKb!.Value));
    }

    [Fact]
    public void Procps3_kilobyte_memory_line_and_scaled_resident_sizes()
    {
        var run = HostParse.Sample(Parser, "Top", "top_old_procps3_zhangyachen.txt");
        var mem = run.One<MemoryStats>();
        Assert.Equal((65968872L, 7630208L + 1144832L + 39128520L), (mem.TotalKb, mem.AvailableKb!.Value)); // free + buffers + cached
        Assert.Equal((0L, true), (mem.SwapTotalKb!.Value, mem.SwapUsedPercent is null));
        var hhvm = run.Of<Process>().Where(p => p.Comm == "hhvm_bin").OrderBy(p => p.Pid).ToList();
        Assert.Equal(4, hhvm.Count);
        Assert.Equal((2729L, 468L * 1024), (hhvm[0].Pid, hhvm[0].RssKb!.Value));
        Assert.Equal(1024L * 1024, hhvm.Single(p => p.Pid == 21321).RssKb);
        Assert.Equal((4.16, 2.79), (run.One<LoadAverage>().Load15, run.One<LoadAverage>().Load5));
    }

    [Fact]
    public void Busybox_top_has_used_and_free_and_its_own_load_line()
    {
        var run = HostParse.Sample(Parser, "Top", "top_busybox_rancher.txt");
        Assert.Equal(InputStatus.Parsed, run.Status);
        Assert.Equal(449532L + 159356L, run.One<MemoryStats>().TotalKb);
        Assert.Equal((0.00, 0.05), (run.One<LoadAverage>().Load1, run.One<LoadAverage>().Load15));
        Assert.Equal(3L, run.One<ProcessSnapshot>().Processes);
    }

    [Fact]
    public void Real_capture_with_two_iterations_keeps_both()
    {
        var run = HostParse.Fixture(Parser, "host-disk-busy", "top-b.txt");
        Assert.Equal(InputStatus.Parsed, run.Status);
        var snaps = run.Of<ProcessSnapshot>().OrderBy(s => s.Iteration).ToList();
        Assert.Equal([1L, 2L], snaps.Select(s => s.Iteration));
        Assert.All(snaps, s => Assert.True(s.DState >= 4));
        Assert.Equal(2, run.Of<LoadAverage>().Count());
        Assert.Equal(2, run.Of<MemoryStats>().Count());
        Assert.Contains(run.Of<ProcessGroup>(), g => g is { State: "D", Comm: "dd", Iteration: 2 });
        // Each iteration's summary clock is its capture time: the dd writers in D are seen again a second later.
        Assert.Equal([("19:07:15", 0.0), ("19:07:16", 1.0)], snaps.Select(s => (s.Captured, s.Elapsed!.Value.TotalSeconds)));
        Assert.All(run.Of<Process>().Where(p => p.Iteration == 2), p => Assert.Equal("19:07:16", p.Captured));
    }

    [Fact]
    public void Iterations_across_midnight_keep_counting_forward_and_busybox_has_no_clock()
    {
        var text = "top - 23:59:58 up 1 day,  load average: 0.00, 0.00, 0.00\n\n    PID USER S %CPU COMMAND\n      1 root D  0.0 init\n\n" +
                   "top - 00:00:03 up 1 day,  load average: 0.00, 0.00, 0.00\n\n    PID USER S %CPU COMMAND\n      1 root D  0.0 init\n";
        var run = HostParse.Text(Parser, text, "top.txt");
        Assert.Equal([("23:59:58", 0.0), ("00:00:03", 5.0)], run.Of<ProcessSnapshot>().Select(s => (s.Captured, s.Elapsed!.Value.TotalSeconds)));
        var busybox = HostParse.Sample(Parser, "Top", "top_busybox_rancher.txt");
        Assert.All(busybox.Of<ProcessSnapshot>(), s => Assert.Equal((null, null), (s.Captured, s.Elapsed)));
    }

    [Fact]
    public void Detection_needs_the_summary_line()
    {
        Assert.Equal("top", HostParse.Winner("x", HostParse.SampleText("Top", "top_old_procps3_zhangyachen.txt")));
        Assert.Equal("top", HostParse.Winner("x", HostParse.SampleText("Top", "top_busybox_rancher.txt")));
        Assert.Equal(InputStatus.Failed, HostParse.Text(Parser, "nothing here\n").Status);
    }
}
