using Analyzer.Families.Linux.Facts;
using Analyzer.Inventory;
using Analyzer.Families.Linux.Parsers.ProcStack;
using Analyzer.Tests.Support;

namespace Analyzer.Tests.Parsers.ProcStack;

/// <summary>/proc/PID/stack files and dumps of many (formats.md §5.3): frames, terminators, pids, grouping.</summary>
public sealed class ProcStackParserTests
{
    private static readonly ProcStackParser Parser = new();

    [Fact]
    public void Report_excerpts_with_a_cat_line_and_the_old_terminator()
    {
        var run = HostParse.Sample(Parser, "ProcStack", "proc_pid_stack_samples.txt");
        Assert.Equal(InputStatus.Partial, run.Status); // the ### separator lines of the sample file
        var stacks = run.Of<global::Analyzer.Families.Linux.Facts.ProcStack>().OrderBy(s => s.Provenance.Line).ToList();
        Assert.Equal(2, stacks.Count);
        var nfs = stacks[0];
        Assert.Equal([197520L], nfs.Pids);
        Assert.Equal((10, "io_schedule", "nfs_lock_and_join_requests", "nfs"), (nfs.Frames.Count, nfs.TopFunction, nfs.WaitFunction, nfs.Module));
        Assert.Equal(("+0x309/0x4c0", "nfs"), (nfs.Frames[1].Offset, nfs.Frames[1].Module));
        Assert.Equal(3, nfs.Provenance.Line);
        var btrfs = stacks[1];
        Assert.Equal((6, "write_all_supers", "ret_from_fork"), (btrfs.Frames.Count, btrfs.WaitFunction, btrfs.Frames[^1].Function)); // terminator dropped
        Assert.Empty(btrfs.Pids); // no /proc/N line of its own: the task is unknown
        Assert.Equal("btrfs", btrfs.Module);
    }

    [Fact]
    public void Per_task_file_takes_the_pid_from_its_path()
    {
        var run = HostParse.Fixture(Parser, "host-disk-busy", "proc/35/stack");
        var stack = run.One<global::Analyzer.Families.Linux.Facts.ProcStack>();
        Assert.Equal([35L], stack.Pids);
        Assert.Equal((1L, "__iomap_dio_rw", "proc/35/stack#1"), (stack.Count, stack.TopFunction, stack.Key));
        Assert.Equal("__iomap_dio_rw;iomap_dio_rw;ext4_file_read_iter;vfs_read;ksys_read;do_syscall_64;entry_SYSCALL_64_after_hwframe", stack.Signature);
        Assert.Equal(35L, ProcStackParser.PidOf("proc/35/task/35/stack"));
        Assert.Equal(40L, ProcStackParser.PidOf("sos/proc/12/task/40/stack"));
    }

    [Theory]
    [InlineData("/proc/1\n[<0>] a+0x1/0x2\n[<0>] b+0x1/0x2\n/proc/2\n[<0>] a+0x1/0x2\n[<0>] b+0x1/0x2\n/proc/3\n[<0>] c+0x1/0x2\n")]
    [InlineData("==> /proc/1/stack <==\n[<0>] a+0x1/0x2\n[<0>] b+0x1/0x2\n\n==> /proc/2/stack <==\n[<0>] a+0x1/0x2\n[<0>] b+0x1/0x2\n\n==> /proc/3/stack <==\n[<0>] c+0x1/0x2\n")]
    [InlineData("/proc/1/stack:[<0>] a+0x1/0x2\n/proc/1/stack:[<0>] b+0x1/0x2\n/proc/2/stack:[<0>] a+0x1/0x2\n/proc/2/stack:[<0>] b+0x1/0x2\n/proc/3/stack:[<0>] c+0x1/0x2\n")]
    public void Dumps_of_many_tasks_group_identical_stacks(string text)
    {
        var run = HostParse.Text(Parser, text, "stacks.txt");
        Assert.Equal(InputStatus.Parsed, run.Status);
        var groups = run.Of<global::Analyzer.Families.Linux.Facts.ProcStack>().ToList();
        Assert.Equal(2, groups.Count);
        Assert.Equal((2L, "a;b"), (groups[0].Count, groups[0].Signature));
        Assert.Equal([1L, 2L], groups[0].Pids);
        Assert.Equal((1L, "c"), (groups[1].Count, groups[1].Signature));
    }

    [Fact]
    public void Old_kernels_print_addresses_and_a_terminator()
    {
        var run = HostParse.Text(Parser, "[<ffffffff8108b3f5>] futex_wait_queue_me+0xd5/0x130\n[<ffffffff8108c0a5>] futex_wait+0x155/0x250\n[<ffffffffffffffff>] 0xffffffffffffffff\n", "proc/7/stack");
        var s = run.One<global::Analyzer.Families.Linux.Facts.ProcStack>();
        Assert.Equal((2, "futex_wait_queue_me", 7L), (s.Frames.Count, s.WaitFunction, s.Pids.Single()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("no frames here\n")]
    [InlineData("[<0>] 0xffffffffffffffff\n")]
    public void Input_without_frames_fails(string text)
    {
        var run = HostParse.Text(Parser, text, "proc/1/stack");
        Assert.Equal(InputStatus.Failed, run.Status);
        Assert.Empty(run.Facts);
    }

    [Fact]
    public void Detection()
    {
        Assert.Equal("proc-stack", HostParse.Winner("proc/1/stack", "[<0>] ep_poll+0x1/0x2\n"));
        Assert.Equal("proc-stack", HostParse.Winner("all.txt", "/proc/1\n[<0>] ep_poll+0x1/0x2\n[<0>] do_epoll_wait+0x1/0x2\n"));
    }
}
