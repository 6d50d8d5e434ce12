using Analyzer.Inventory;
using static Analyzer.Tests.Parsers.Ftrace.FtraceHarness;

namespace Analyzer.Tests.Parsers.Ftrace;

/// <summary>The evicted-client fixture's two traces, against what its README says they show.</summary>
public sealed class FtraceFixtureTests
{
    [Fact]
    public void Function_graph_shows_df_waiting_in_ptlrpc_set_wait_for_the_whole_outage()
    {
        var run = Run(FixtureBytes("lustre-client-evicted/ftrace-function-graph.txt"));
        Assert.Equal(InputStatus.Parsed, run.Context.Status);
        Assert.Equal(("ftrace", "function_graph"), (run.Capture.Producer, run.Capture.Tracer));
        var wait = run.Function("ptlrpc_set_wait [ptlrpc]");
        Assert.Equal((Us(154630203), "df", 5120L, 1L), (wait.Max, wait.MaxComm, wait.MaxPid!.Value, wait.MaxCpu));
        Assert.Equal("__x64_sys_statfs", run.Functions[0].Function); // the outermost call has the largest total
        var sleep = run.Sleep(5120);
        Assert.Equal((2L, "ptlrpc_set_wait [ptlrpc]", "D"), (sleep.Sleeps, sleep.Function, sleep.State));
        Assert.Equal(TimeSpan.FromTicks(1076302160), sleep.Max);
    }

    [Fact]
    public void Trace_cmd_report_shows_df_and_dd_in_d_state()
    {
        var run = Run(FixtureBytes("lustre-client-evicted/trace-cmd-report.txt"));
        Assert.Equal(InputStatus.Parsed, run.Context.Status);
        Assert.Equal(("trace-cmd", 2L, 112L), (run.Capture.Producer, run.Capture.Cpus!.Value, run.Capture.LostEvents));
        var dd = run.Sleep(4477);
        Assert.Equal((1L, TimeSpan.FromTicks(1550003760)), (dd.Sleeps, dd.Max));
        var df = run.Sleep(5120);
        Assert.Equal((2L, TimeSpan.FromTicks(469998060 + 1076302160)), (df.Sleeps, df.Total));
        Assert.Equal(2, run.Sleeps.Count); // the ptlrpcd and ping threads sleep interruptibly
    }
}
