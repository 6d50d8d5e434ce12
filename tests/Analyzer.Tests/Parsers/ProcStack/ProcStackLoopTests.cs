using Analyzer.Inventory;
using Analyzer.Families.Linux.Parsers.ProcStack;
using Analyzer.Tests.Support;
using Stack = Analyzer.Families.Linux.Facts.ProcStack;

namespace Analyzer.Tests.Parsers.ProcStack;

/// <summary>
/// The same tasks' kernel stacks read again into one file (a loop with or without `date` lines, `cat /proc/N/stack`
/// run by hand a few times): each capture is its own sample, grouped on its own, with its time when a date line gave
/// one. Real captures of a task held in D state by vfork (samples/SOURCE.txt, fixtures/gen/host/capture-stack-loop.sh).
/// </summary>
public sealed class ProcStackLoopTests
{
    private static readonly ProcStackParser Parser = new();

    [Fact]
    public void Date_lines_start_the_next_capture_and_give_its_time()
    {
        var run = HostParse.Fixture(Parser, "host-stack-loop-stuck", "d-state-stacks.log");
        Assert.Equal(InputStatus.Parsed, run.Status);
        var stacks = run.Of<Stack>().ToList();
        Assert.Equal([1L, 2L, 3L, 4L], stacks.Select(s => s.Iteration));
        Assert.All(stacks, s => Assert.Equal((2L, 1L, "kernel_clone"), (Assert.Single(s.Pids), s.Count, s.WaitFunction)));
        Assert.Single(stacks.Select(s => s.Signature).Distinct());
        Assert.Equal("2026-12-03T16:31:15Z", stacks[0].Captured);
        Assert.Equal([0, 5, 10, 15], stacks.Select(s => s.Elapsed!.Value.TotalSeconds));
        Assert.Equal([3, 9, 15, 21], stacks.Select(s => s.Provenance.Line));
    }

    [Fact]
    public void Epoch_date_lines_time_the_captures()
    {
        var run = HostParse.Sample(Parser, "ProcStack", "d_state_stacks_loop_epoch.txt");
        Assert.Equal(InputStatus.Parsed, run.Status);
        var stacks = run.Of<Stack>().ToList();
        Assert.Equal([1L, 2L, 3L], stacks.Select(s => s.Iteration));
        Assert.Equal([0, 2, 4], stacks.Select(s => s.Elapsed!.Value.TotalSeconds));
        Assert.Equal("2026-12-03T16:31:49Z", stacks[0].Captured);
    }

    [Fact]
    public void Without_date_lines_a_task_read_again_starts_the_next_capture()
    {
        var run = HostParse.Sample(Parser, "ProcStack", "grep_proc_stacks_loop_nodate.txt");
        Assert.Equal(InputStatus.Parsed, run.Status);
        var stacks = run.Of<Stack>().ToList();
        Assert.Equal(9, stacks.Count); // three tasks, three captures, each task's stack its own group
        Assert.Equal([1L, 1L, 1L, 2L, 2L, 2L, 3L, 3L, 3L], stacks.Select(s => s.Iteration));
        Assert.All(stacks, s => Assert.Null(s.Captured));
        Assert.Equal([1L, 2L, 4L], stacks.Where(s => s.Iteration == 2).SelectMany(s => s.Pids).Order());
        Assert.Equal("kernel_clone", stacks.Single(s => s.Iteration == 3 && s.Pids.Contains(2)).WaitFunction);
    }

    [Fact]
    public void A_per_task_file_read_three_times_without_separators_is_three_captures()
    {
        // `cat /proc/2/stack` three times into one file: nothing between the stacks but the entry frame that ends each.
        var run = HostParse.Run(Parser, HostParse.SampleBytes("ProcStack", "proc_2_stack_read_three_times.txt"), "proc/2/stack");
        Assert.Equal(InputStatus.Parsed, run.Status);
        var stacks = run.Of<Stack>().ToList();
        Assert.Equal([1L, 2L, 3L], stacks.Select(s => s.Iteration));
        Assert.All(stacks, s => Assert.Equal((2L, 4), (Assert.Single(s.Pids), s.Frames.Count)));
        Assert.Equal([1, 5, 9], stacks.Select(s => s.Provenance.Line));
    }

    [Fact]
    public void Concatenated_stacks_of_unnamed_tasks_split_at_the_entry_frame_and_stay_one_capture()
    {
        // `cat /proc/*/stack`: every task's stack back to back, no names. Nothing says a task came again.
        var text = "[<0>] a+0x1/0x2\n[<0>] entry_SYSCALL_64_after_hwframe+0x76/0x7e\n[<0>] a+0x1/0x2\n[<0>] entry_SYSCALL_64_after_hwframe+0x76/0x7e\n" +
                   "[<0>] kthread+0x1/0x2\n[<0>] ret_from_fork+0x1/0x2\n";
        var run = HostParse.Text(Parser, text, "stacks.txt");
        var groups = run.Of<Stack>().ToList();
        Assert.Equal([(2L, 1L), (1L, 1L)], groups.Select(g => (g.Count, g.Iteration)));
    }

    [Fact]
    public void A_dump_listing_a_process_and_its_main_thread_is_one_capture()
    {
        // `grep . /proc/1/stack /proc/1/task/1/stack`: the same kernel task under two names, one moment.
        var text = "/proc/1/stack:[<0>] do_wait+0x53/0x120\n/proc/1/task/1/stack:[<0>] do_wait+0x53/0x120\n";
        var run = HostParse.Text(Parser, text, "stacks.txt");
        var group = run.One<Stack>();
        Assert.Equal((1L, 2L), (group.Iteration, group.Count));
    }

    [Fact]
    public void A_cut_loop_keeps_its_whole_captures_and_says_what_it_could_not_read()
    {
        var lines = HostParse.SampleText("ProcStack", "d_state_stacks_loop_epoch.txt").Split('\n');
        var damaged = string.Join('\n', lines.Take(7)) + "\n[<0"; // cut inside the second capture's first frame
        var run = HostParse.Text(Parser, damaged, "stacks.log");
        Assert.Equal(InputStatus.Partial, run.Status);
        Assert.Equal([1L], run.Of<Stack>().Select(s => s.Iteration));
    }
}
