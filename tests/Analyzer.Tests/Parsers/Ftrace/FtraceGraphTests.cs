using Analyzer.Inventory;
using static Analyzer.Tests.Parsers.Ftrace.FtraceHarness;

namespace Analyzer.Tests.Parsers.Ftrace;

/// <summary>function_graph durations in the raw trace layout (with and without options) and in trace-cmd report.</summary>
public sealed class FtraceGraphTests
{
    // Layout of trace_functions_graph.c: CPU column, overhead marker (+ >10us, ! >100us, # >1ms, * >10ms, @ >100ms,
    // $ >1s), duration, then the call tree.
    private const string Plain = """
        # tracer: function_graph
        #
        # CPU  DURATION                  FUNCTION CALLS
        # |     |   |                     |   |   |   |
         0)               |  sys_open() {
         0)               |    do_sys_open() {
         0)   0.519 us    |      getname();
         0)   1.000 us    |      getname();
         0) + 15.263 us   |    }
         0) ! 105.180 us  |  }
         1)               |  vfs_read() {
         1) # 1234.567 us |  }
         1)               |  vfs_write() {
         1) * 12345.67 us |  }
         1) @ 123456.7 us |  } /* vfs_fsync */
         1) $ 1234567 us  |  }
         0)   ==========> |
         0)               |  do_IRQ() {
         0)   2.000 us    |  }
         0)   <========== |
        """;

    [Fact]
    public void Raw_layout_times_calls_by_cpu_with_every_overhead_marker()
    {
        var run = Run(Plain);
        Assert.Equal(InputStatus.Parsed, run.Context.Status);
        Assert.Equal("function_graph", run.Capture.Tracer);
        Assert.Equal((2L, Us(1.519)), (run.Function("getname").Calls, run.Function("getname").Total));
        Assert.Equal(Us(15.263), run.Function("do_sys_open").Max);
        Assert.Equal(Us(105.180), run.Function("sys_open").Max);
        Assert.Equal(Us(1234.567), run.Function("vfs_read").Max);
        Assert.Equal(Us(12345.67), run.Function("vfs_write").Max);
        Assert.Equal(Us(123456.7), run.Function("vfs_fsync").Max); // funcgraph-tail names an exit without an entry
        Assert.Equal(Us(2), run.Function("do_IRQ").Max);
        Assert.Equal(8L, run.Capture.TimedCalls); // the `$ 1234567 us` exit has no entry and no name
        Assert.Equal(1L, run.Function("vfs_read").MaxCpu);
        Assert.Equal(12, run.Function("vfs_read").Provenance.Line);
        Assert.Equal("vfs_read(): 1) # 1234.567 us |  }", run.Function("vfs_read").Provenance.Excerpt);
        Assert.Equal("", run.Function("vfs_read").MaxComm);
        Assert.Null(run.Function("vfs_read").MaxPid);
    }

    [Fact]
    public void Proc_and_abstime_columns_follow_tasks_and_time_d_state_comments()
    {
        var run = Run("""
            # tracer: function_graph
            #
            #     TIME        CPU  TASK/PID         DURATION                  FUNCTION CALLS
            #      |          |     |    |           |   |                     |   |   |   |
             100.000000 |   1)    df-5120    |               |  ptlrpc_set_wait [ptlrpc]() {
             100.000001 |   1)    df-5120    |               |    schedule() {
             100.000002 |   1)    df-5120    |               |      /* sched_switch: prev_comm=df prev_pid=5120 prev_prio=120 prev_state=D ==> next_comm=swapper/1 next_pid=0 next_prio=120 */
             ------------------------------------------
               1)    df-5120    =>    <idle>-0
             ------------------------------------------
             147.000002 |   0)  ptlrpcd-2817  |               |  /* sched_wakeup: comm=df pid=5120 prio=120 target_cpu=001 */
             147.000030 |   1)    df-5120    | $ 47000029 us |    }
             147.000031 |   1)    df-5120    | $ 47000031 us |  } /* ptlrpc_set_wait [ptlrpc] */
            """);
        Assert.Equal(InputStatus.Parsed, run.Context.Status);
        var wait = run.Function("ptlrpc_set_wait [ptlrpc]");
        Assert.Equal((Us(47000031), "df", 5120L), (wait.Max, wait.MaxComm, wait.MaxPid!.Value));
        var sleep = run.Sleep(5120);
        Assert.Equal(("df", "D", 1L, "ptlrpc_set_wait [ptlrpc]", false), (sleep.Comm, sleep.State, sleep.Sleeps, sleep.Function, sleep.Unfinished));
        Assert.Equal(TimeSpan.FromSeconds(47), sleep.Max);
        Assert.Equal(7, sleep.Provenance.Line);
    }

    [Fact]
    public void Trace_cmd_funcgraph_events_are_timed_per_task()
    {
        var run = Run("""
            cpus=4
                   trace-cmd-5540  [001]  4957.339078: funcgraph_entry:                   |  _raw_spin_lock_irqsave() {
                     loadgen-5545  [002]  4957.339079: funcgraph_entry:                   |  do_sys_poll() {
                   trace-cmd-5540  [001]  4957.339082: funcgraph_entry:        0.054 us   |    rcu_irq_enter();
                     loadgen-5545  [002]  4957.339082: funcgraph_exit:         0.688 us   |  }
                   trace-cmd-5540  [001]  4957.339090: funcgraph_exit:       + 11.640 us  |  }
              irq/68-dwc3-946   [000]   524.263743: funcgraph_entry:      ! 116.520 us |  gether_connect();
            """);
        Assert.Equal(InputStatus.Parsed, run.Context.Status);
        Assert.Equal(("trace-cmd", "function_graph", 4L), (run.Capture.Producer, run.Capture.Tracer, run.Capture.Cpus!.Value));
        Assert.Equal(Us(0.688), run.Function("do_sys_poll").Max);
        var spin = run.Function("_raw_spin_lock_irqsave");
        Assert.Equal((Us(11.640), "trace-cmd", 5540L, 1L), (spin.Max, spin.MaxComm, spin.MaxPid!.Value, spin.MaxCpu));
        var g = run.Function("gether_connect");
        Assert.Equal((Us(116.52), "irq/68-dwc3", 946L), (g.Max, g.MaxComm, g.MaxPid!.Value));
    }

    [Fact]
    public void Slowest_functions_are_bounded()
    {
        var text = new System.Text.StringBuilder("# tracer: function_graph\n");
        for (var i = 0; i < 500; i++)
            text.Append($" 0)   {i + 1}.000 us    |  fn_{i}();\n");
        var run = Run(text.ToString());
        Assert.True(run.Functions.Count <= 60);
        Assert.Equal(Us(500), run.Functions[0].Max);
        Assert.Equal("fn_499", run.Functions[0].Function);
    }
}
