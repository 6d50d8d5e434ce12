using Analyzer.Detection;
using static Analyzer.Tests.Parsers.Ftrace.FtraceHarness;

namespace Analyzer.Tests.Parsers.Ftrace;

public sealed class FtraceDetectionTests
{
    [Theory]
    [InlineData("kernel_doc_ftrace_function_trace.txt")]
    [InlineData("kernel_doc_ftrace_no_irq_info_and_annotate.txt")]
    [InlineData("kernel_doc_latency_format_irqsoff.txt")]
    [InlineData("modern_5flag_migrate_disable_sched_events.txt")]
    [InlineData("modern_irqs_off_BH_disabled_tasklet.txt")]
    public void Tracer_header_at_the_top_is_content_at_start(string sample) =>
        Assert.Equal(DetectionConfidence.ContentAtStart, Detect("trace", SampleBytes(sample)));

    [Fact]
    public void Event_lines_without_a_header_are_content() =>
        Assert.Equal(DetectionConfidence.Content, Detect("trace.txt", SampleBytes("rt_app_41_trace_events_sched_switch.txt")));

    [Fact]
    public void Trace_cmd_report_starts_with_cpus() =>
        Assert.Equal(DetectionConfidence.ContentAtStart, Detect("report.txt", "cpus=2\n   a.out-4877  [000]  1485.266106: funcgraph_entry:                   |  madvise_cold() {\n"));

    [Theory]
    [InlineData("00000100:00100000:0.0:1773136800.000113:0:2817:0:(client.c:1745:ptlrpc_send_new_req()) Sending RPC\n")]
    [InlineData("[87885.624991] Lustre: DIAS-OST0001-osc-ffff9d6153c91000: Connection to DIAS-OST0001 (at 192.168.14.178@tcp) was lost\n")]
    [InlineData("goroutine 1 [running]:\nmain.main()\n\t/tmp/x.go:5 +0x1d\n")]
    [InlineData("cpus are busy\n")]
    public void Other_text_is_not_claimed(string text) => Assert.Equal(DetectionConfidence.None, Detect("x.txt", text));
}
