using Analyzer.Inventory;
using static Analyzer.Tests.Parsers.Ftrace.FtraceHarness;

namespace Analyzer.Tests.Parsers.Ftrace;

/// <summary>D-state sleeps from sched_switch/sched_wakeup in the kernel's and trace-cmd's event formats.</summary>
public sealed class FtraceSleepTests
{
    [Fact]
    public void Kernel_format_sleeps_end_at_wakeup_or_switch_in_and_open_ones_at_the_end()
    {
        var run = Run("""
            # tracer: nop
            #
                  dd-4477    [001] d.... 100.000000: sched_switch: prev_comm=dd prev_pid=4477 prev_prio=120 prev_state=D ==> next_comm=swapper/1 next_pid=0 next_prio=120
              <idle>-0       [000] dNh.. 102.500000: sched_wakeup: comm=dd pid=4477 prio=120 target_cpu=001
                  dd-4477    [001] d.... 103.000000: sched_switch: prev_comm=dd prev_pid=4477 prev_prio=120 prev_state=D|K ==> next_comm=swapper/1 next_pid=0 next_prio=120
              <idle>-0       [001] d.... 104.000000: sched_switch: prev_comm=swapper/1 prev_pid=0 prev_prio=120 prev_state=R ==> next_comm=dd next_pid=4477 next_prio=120
                 cat-900     [000] d.... 105.000000: sched_switch: prev_comm=cat prev_pid=900 prev_prio=120 prev_state=D ==> next_comm=swapper/0 next_pid=0 next_prio=120
                 top-901     [000] d.... 106.000000: sched_switch: prev_comm=top prev_pid=901 prev_prio=120 prev_state=S ==> next_comm=swapper/0 next_pid=0 next_prio=120
              <idle>-0       [000] d.... 109.000000: sched_waking: comm=top pid=901 prio=120 target_cpu=000
            """);
        Assert.Equal(InputStatus.Parsed, run.Context.Status);
        var dd = run.Sleep(4477);
        Assert.Equal((2L, TimeSpan.FromSeconds(3.5), TimeSpan.FromSeconds(2.5), "D", false), (dd.Sleeps, dd.Total, dd.Max, dd.State, dd.Unfinished));
        Assert.Equal(3, dd.Provenance.Line);
        var cat = run.Sleep(900);
        Assert.Equal((TimeSpan.FromSeconds(4), true), (cat.Max, cat.Unfinished));
        Assert.Equal(2, run.Sleeps.Count); // top slept interruptibly (S)
        Assert.Equal("cat", run.Sleeps[0].Comm); // longest first
    }

    [Fact]
    public void Trace_cmd_sched_plugin_format()
    {
        var run = Run("""
            cpus=2
                         df-5120 [001] 8822.400344: sched_switch:        df:5120 [120] D ==> swapper/1:0 [120]
              ptlrpcd-2817 [000] 8869.400150: sched_wakeup:        df:5120 [120] CPU:001
            """);
        var df = run.Sleep(5120);
        Assert.Equal(("df", TimeSpan.FromTicks(469998060)), (df.Comm, df.Max));
    }
}
