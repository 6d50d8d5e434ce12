using Analyzer.Inventory;
using Analyzer.Families.Go.Parsers.PerfScript;

namespace Analyzer.Tests.Parsers.PerfScript;

/// <summary>Every `perf script` variant in samples/ becomes a profile with -top numbers worked out by hand.</summary>
public sealed class PerfScriptSampleTests
{
    private static StackTextHarness Sample(string name) => StackTextHarness.Sample(new PerfScriptParser(), "PerfScript", name);

    [Fact]
    public void Cpu_clock_with_period_is_cpu_time()
    {
        var run = Sample("flamegraph_test_perf-dd-stacks-01_head.txt");
        Assert.Equal(InputStatus.Parsed, run.Context.Status);
        var p = run.Profile;
        Assert.Equal(("cpu", "perf-script", "cpu/nanoseconds"), (p.Kind, p.Format, p.DefaultSampleType));
        Assert.Equal(["samples/count", "cpu/nanoseconds"], p.SampleTypes);
        Assert.Equal(10_101_010, p.Period);
        Assert.Equal(5, p.Samples); // the last header's frames were cut off by `head`
        Assert.Equal(5 * 10_101_010L, p.Total);
        // 666709.771979 → 666709.812381 holds 5 samples, 4 intervals: widened by one mean interval.
        Assert.Equal(TimeSpan.FromTicks(505_025), p.Duration);
        Assert.Equal(("fsnotify", 10_101_010L, 2 * 10_101_010L), (run.Function("fsnotify").Function, run.Function("fsnotify").Flat, run.Function("fsnotify").Cum));
        Assert.Equal((10_101_010L, 2 * 10_101_010L), (run.Function("read").Flat, run.Function("read").Cum));
        Assert.Equal((0L, 4 * 10_101_010L), (run.Function("[unknown]").Flat, run.Function("[unknown]").Cum));
        Assert.Equal(20.0, run.Function("fsnotify").FlatPercent, 6);
        Assert.Equal("flamegraph_test_perf-dd-stacks-01_head.txt:2", run.Function("fsnotify").Provenance.ToString());
        Assert.DoesNotContain(run.Functions, f => f.Function == "dd"); // the command is not a function
        var root = Assert.Single(run.Tree.Nodes, n => n.Depth == 0);
        Assert.Equal(("dd", p.Total), (root.Function, root.Value));
        Assert.True(run.Tree.Nodes.Single(n => n.Function == "vfs_read").Kernel); // a vmlinux DSO
        Assert.False(run.Tree.Nodes.Single(n => n.Function == "read" && n.Depth == 2).Kernel);
    }

    [Fact]
    public void Pid_tid_and_cpu_without_period_count_samples()
    {
        var run = Sample("flamegraph_test_perf-iperf-stacks-pidtid-01_head.txt");
        var p = run.Profile;
        Assert.Equal(("cpu", "samples/count", 0L), (p.Kind, p.DefaultSampleType, p.Period));
        Assert.Equal(["samples/count"], p.SampleTypes);
        Assert.Equal(3, p.Total);
        Assert.Equal(2, run.Function("xen_hypercall_xen_version").Flat);
        Assert.Equal(2, run.Function("check_events").Cum);
        Assert.Equal(1, run.Function("__libc_recv").Cum);
    }

    [Fact]
    public void Header_comments_are_skipped_and_the_first_event_is_kept()
    {
        var run = Sample("flamegraph_test_perf-cycles-instructions-01_header_head.txt");
        Assert.Equal("samples/count", run.Profile.DefaultSampleType); // no period printed: one per sample
        Assert.Equal(7, run.Profile.Total);
        Assert.Equal(5, run.Function("main").Flat);
        Assert.Equal(1, run.Function("cksum").Flat);
        Assert.Contains("perf event instructions", run.Profile.Comments);
    }

    [Fact]
    public void Mixed_events_keep_the_first_and_say_so()
    {
        var run = Sample("variant_mixed_events_header.txt");
        Assert.Equal(InputStatus.Parsed, run.Context.Status);
        Assert.Contains(run.Context.Problems, p => p.StartsWith("1 samples of other events (instructions) left out", StringComparison.Ordinal));
        Assert.Equal(("cycles/count", 600_000L), (run.Profile.DefaultSampleType, run.Profile.Total));
        Assert.Equal(300_000, run.Function("hot_loop").Flat);
        Assert.Equal(600_000, run.Function("main").Cum);
    }

    [Fact]
    public void Kernel_addresses_and_unknown_frames()
    {
        var run = Sample("flamegraph_test_perf-java-stacks-01_head.txt");
        Assert.Equal(("cpu", "samples/count"), (run.Profile.Kind, run.Profile.DefaultSampleType));
        Assert.Equal(2, run.Function("native_write_msr_safe").Flat);
        Assert.True(run.Tree.Nodes.First(n => n.Function == "native_write_msr_safe").Kernel);
        Assert.False(run.Tree.Nodes.First(n => n.Function == "__write_nocancel").Kernel);
        Assert.Contains(run.Functions, f => f.Function == "[unknown]");
    }

    [Fact]
    public void Symbol_offsets_and_event_modifiers()
    {
        var run = Sample("flamegraph_test_perf-rust-symoff_period_cycles_u.txt");
        Assert.Equal(("cpu", "cycles/count"), (run.Profile.Kind, run.Profile.DefaultSampleType));
        Assert.Equal(1 + 1 + 3 + 16, run.Profile.Total);
        Assert.Equal(21, Assert.Single(run.Functions).Flat);
        Assert.Equal("_start", run.Functions[0].Function);
    }

    [Fact]
    public void A_first_header_cut_mid_line_does_not_decide_the_profile_counts_samples()
    {
        // The cut first header reads as "COMM=65: PID=1 cycles:u:" without a period; the other headers show theirs.
        var run = Sample("flamegraph_test_perf-rust-symoff_period_cycles_u_first_line_cut.txt");
        Assert.Equal(("cpu", "cycles/count"), (run.Profile.Kind, run.Profile.DefaultSampleType));
        Assert.Equal(1 + 1 + 3 + 16, run.Profile.Total);
        Assert.Equal("_start", Assert.Single(run.Functions).Function);
    }

    [Fact]
    public void Commands_with_spaces_and_cpp_symbols()
    {
        var run = Sample("variant_comm_spaces_cpp_symbols.txt");
        Assert.Equal(("cpu/nanoseconds", 500_000L), (run.Profile.DefaultSampleType, run.Profile.Total));
        Assert.Equal(250_000, run.Function("std::vector<int, std::allocator<int> >::push_back(int const&)").Cum);
        Assert.Equal((0L, 250_000L), (run.Function("[libapp.so]").Flat, run.Function("[libapp.so]").Cum));
        Assert.Equal(500_000, run.Function("v8::internal::Heap::Scavenge(v8::internal::GarbageCollectionReason)").Flat);
        Assert.Equal("V8 WorkerThread", Assert.Single(run.Tree.Nodes, n => n.Depth == 0).Function);
    }

    [Fact]
    public void Tracepoint_events_with_fields()
    {
        var run = Sample("variant_tracepoint_fields.txt");
        Assert.Equal(("events", "samples/count", 2L), (run.Profile.Kind, run.Profile.DefaultSampleType, run.Profile.Total));
        Assert.Equal(2, run.Function("__schedule").Flat);
        Assert.True(run.Tree.Nodes.First(n => n.Function == "kthread").Kernel); // a module DSO
        Assert.Equal(["kworker/0:1", "swapper"], run.Tree.Nodes.Where(n => n.Depth == 0).Select(n => n.Function).Order());
    }

    [Fact]
    public void Samples_without_callchains_carry_their_frame_on_the_header()
    {
        var run = Sample("variant_no_callchain.txt");
        Assert.Equal(InputStatus.Parsed, run.Context.Status);
        Assert.Equal(3_000_000, run.Profile.Total);
        Assert.Equal(2_000_000, run.Function("longest_match").Flat);
        Assert.Equal(1_000_000, run.Function("deflate_slow").Flat);
        Assert.Equal("variant_no_callchain.txt:2", run.Function("longest_match").Provenance.ToString());
    }

    [Fact]
    public void Heaviest_stacks_run_from_the_command_to_the_leaf()
    {
        var run = Sample("flamegraph_test_perf-iperf-stacks-pidtid-01_head.txt");
        Assert.Equal(3, run.Stacks.Count); // three samples, three distinct paths
        Assert.All(run.Stacks, s => Assert.Equal("iperf", s.Frames[0]));
        Assert.All(run.Stacks, s => Assert.Equal(s.Frames[^1], s.Leaf));
        Assert.Equal(["copy_user_enhanced_fast_string", "xen_hypercall_xen_version", "xen_hypercall_xen_version"], run.Stacks.Select(s => s.Leaf).Order());
    }
}
