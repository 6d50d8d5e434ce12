using Analyzer.Inventory;
using static Analyzer.Tests.Parsers.Ftrace.FtraceHarness;

namespace Analyzer.Tests.Parsers.Ftrace;

public sealed class FtraceRobustnessTests
{
    [Fact]
    public void A_header_without_lines_is_unrecognized_and_says_the_buffer_was_empty()
    {
        var run = Run("# tracer: nop\n#\n# entries-in-buffer/entries-written: 0/0   #P:8\n");
        Assert.Equal(InputStatus.Unrecognized, run.Context.Status);
        Assert.Contains(run.Context.Problems, p => p.Contains("buffer was empty", StringComparison.Ordinal));
        Assert.Empty(run.Facts);
    }

    [Fact]
    public void Garbled_and_over_long_lines_make_the_capture_partial()
    {
        var run = Run("# tracer: function\n" +
                      "            bash-1977  [000] .... 17284.993652: sys_close <-system_call_fastpath\n" +
                      "\u0001\u0002 garbage\n" +
                      new string('x', 100_000) + "\n" +
                      "            bash-1977  [000] .... 17284.993653: __close_fd <-sys_close\n");
        Assert.Equal(InputStatus.Partial, run.Context.Status);
        Assert.Equal((2L, 2L), (run.Capture.Events, run.Capture.UnknownLines));
    }

    [Fact]
    public void Lost_events_are_summed()
    {
        var run = Run("cpus=2\n  a-1 [000] 1.000001: x: y\nCPU:0 [LOST 112 EVENTS]\nCPU:1 [LOST 8 EVENTS]\n  a-1 [000] 1.000002: x: y\n");
        Assert.Equal(120L, run.Capture.LostEvents);
    }
}
