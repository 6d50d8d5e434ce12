using Analyzer.Inventory;
using static Analyzer.Tests.Parsers.Ftrace.FtraceHarness;

namespace Analyzer.Tests.Parsers.Ftrace;

/// <summary>The shared samples (samples/SOURCE.txt): every header and line variant of the trace file.</summary>
public sealed class FtraceSampleTests
{
    [Fact]
    public void Function_tracer_with_irq_info_counts_calls_per_function()
    {
        var run = Run(SampleBytes("kernel_doc_ftrace_function_trace.txt"));
        Assert.Equal(InputStatus.Parsed, run.Context.Status);
        var c = run.Capture;
        Assert.Equal(("ftrace", "function", 4L, 10L), (c.Producer, c.Tracer, c.Cpus!.Value, c.Events));
        Assert.Equal(250280L - 140080L, c.LostEvents);
        Assert.Equal(Us(17284.993658e6 - 17284.993652e6), c.Span);
        var close = run.Function("sys_close");
        Assert.Equal((1L, "bash", 1977L, 0L), (close.Calls, close.MaxComm, close.MaxPid!.Value, close.MaxCpu));
        Assert.Equal(12, close.Provenance.Line);
        Assert.Equal(3L, run.Function("sys_select").MaxCpu);
        Assert.Empty(run.Sleeps);
    }

    [Fact]
    public void Without_irq_info_and_with_buffer_markers()
    {
        var run = Run(SampleBytes("kernel_doc_ftrace_no_irq_info_and_annotate.txt"));
        Assert.Equal(InputStatus.Parsed, run.Context.Status);
        Assert.Equal((6L, 4L), (run.Capture.Events, run.Capture.Cpus!.Value));
        Assert.Equal(2L, run.Function("ttwu_do_activate.constprop.89").Calls + run.Function("activate_task").Calls);
        Assert.Equal("<idle>", run.Function("rcu_idle_exit").MaxComm);
    }

    [Fact]
    public void Latency_format_header_and_lines()
    {
        var run = Run(SampleBytes("kernel_doc_latency_format_irqsoff.txt"));
        Assert.Equal(InputStatus.Parsed, run.Context.Status);
        var c = run.Capture;
        Assert.Equal(("irqsoff", 4L, "ps-6143"), (c.Tracer, c.Events, c.LatencyTask));
        Assert.Equal(Us(259), c.Latency);
        Assert.Equal(1L, run.Function("trace_hardirqs_on").Calls);
    }

    [Fact]
    public void Five_flag_columns_and_sched_events_without_uninterruptible_sleeps()
    {
        var run = Run(SampleBytes("modern_5flag_migrate_disable_sched_events.txt"));
        Assert.Equal(InputStatus.Parsed, run.Context.Status);
        Assert.Equal(("nop", 192L, 7L), (run.Capture.Tracer, run.Capture.Cpus!.Value, run.Capture.Events));
        Assert.Empty(run.Sleeps); // prev_state I, S and R only
        Assert.Empty(run.Functions);
    }

    [Fact]
    public void Bh_disabled_header_variant()
    {
        var run = Run(SampleBytes("modern_irqs_off_BH_disabled_tasklet.txt"));
        Assert.Equal(InputStatus.Parsed, run.Context.Status);
        Assert.Equal((3L, 4L), (run.Capture.Events, run.Capture.Cpus!.Value));
        Assert.Equal(Us(314.017369e6 - 314.011428e6), run.Capture.Span);
    }

    [Fact]
    public void Headerless_trace_cmd_style_events()
    {
        var run = Run(SampleBytes("rt_app_41_trace_events_sched_switch.txt"));
        Assert.Equal(InputStatus.Parsed, run.Context.Status);
        Assert.Equal(("", 7L), (run.Capture.Tracer, run.Capture.Events));
        Assert.Null(run.Capture.Cpus);
        Assert.Equal(115591.560884, run.Capture.FirstTimestamp!.Value, 6);
        Assert.Equal(115591.670243, run.Capture.LastTimestamp!.Value, 6);
    }
}
