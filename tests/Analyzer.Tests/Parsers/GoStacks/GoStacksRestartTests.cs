using Analyzer.Families.Go.Facts;

namespace Analyzer.Tests.Parsers.GoStacks;

/// <summary>
/// A service that crashed, was restarted under a new pid and dumped again leaves two dumps in one journal or log:
/// each must be found, with its own <see cref="GoroutineDump"/> and its own lines.
/// </summary>
public sealed class GoStacksRestartTests
{
    [Fact]
    public void Journal_dump_of_the_restarted_process_under_a_new_pid_is_a_second_dump()
    {
        // journalctl -u kvstore (short): SIGQUIT by the watchdog, systemd restarts, the new process panics.
        const string journal = """
            May 03 06:24:16 web01 kvstore[1201]: 2024/05/03 06:24:16 listening on :8080
            May 03 06:30:02 web01 kvstore[1201]: SIGQUIT: quit
            May 03 06:30:02 web01 kvstore[1201]: PC=0x46a8e1 m=0 sigcode=0
            May 03 06:30:02 web01 kvstore[1201]:
            May 03 06:30:02 web01 kvstore[1201]: goroutine 0 [idle]:
            May 03 06:30:02 web01 kvstore[1201]: runtime.futex()
            May 03 06:30:02 web01 kvstore[1201]:         /usr/local/go/src/runtime/sys_linux_amd64.s:557 +0x21
            May 03 06:30:02 web01 kvstore[1201]:
            May 03 06:30:02 web01 kvstore[1201]: goroutine 7 [semacquire, 5 minutes]:
            May 03 06:30:02 web01 kvstore[1201]: sync.runtime_SemacquireMutex(0xc0001a4004, 0x0, 0x1)
            May 03 06:30:02 web01 kvstore[1201]:         /usr/local/go/src/runtime/sema.go:77 +0x25
            May 03 06:30:02 web01 systemd[1]: kvstore.service: Main process exited, code=exited, status=2/INVALIDARGUMENT
            May 03 06:30:02 web01 systemd[1]: kvstore.service: Failed with result 'exit-code'.
            May 03 06:30:07 web01 systemd[1]: kvstore.service: Scheduled restart job, restart counter is at 1.
            May 03 06:30:07 web01 kvstore[1377]: 2024/05/03 06:30:07 listening on :8080
            May 03 06:31:40 web01 kvstore[1377]: panic: assignment to entry in nil map
            May 03 06:31:40 web01 kvstore[1377]:
            May 03 06:31:40 web01 kvstore[1377]: goroutine 1 [running]:
            May 03 06:31:40 web01 kvstore[1377]: main.(*Index).Add(...)
            May 03 06:31:40 web01 kvstore[1377]:         /src/kvstore/index.go:31
            May 03 06:31:40 web01 kvstore[1377]: main.main()
            May 03 06:31:40 web01 kvstore[1377]:         /src/kvstore/main.go:58 +0x2a5
            """;
        var r = GoStacksHarness.Run(journal, "journal.txt");
        var dumps = r.Of<GoroutineDump>();
        Assert.Equal(["sigquit", "panic"], dumps.Select(d => d.Kind));
        Assert.Equal([2, 16], dumps.Select(d => d.Provenance.Line ?? 0));
        Assert.Equal([11, 22], dumps.Select(d => d.Provenance.EndLine ?? 0));
        Assert.Equal([2L, 1], dumps.Select(d => d.Goroutines));
        var panic = Assert.Single(r.Of<GoPanic>());
        Assert.Equal("assignment to entry in nil map", panic.Message);
        Assert.Equal("main.(*Index).Add", panic.AppFunction);
    }

    [Fact]
    public void Stack_dump_without_preamble_after_restart_lines_is_a_second_dump()
    {
        // A debug handler's runtime.Stack(all) output, written twice by two runs of the same service into one log.
        const string log = """
            2024/05/03 06:24:16 starting
            goroutine 1 [running]:
            main.dumpStacks()
            	/src/app/debug.go:12 +0x65
            main.main()
            	/src/app/main.go:30 +0x1d

            goroutine 6 [chan receive, 2 minutes]:
            main.worker()
            	/src/app/worker.go:9 +0x3d
            created by main.main
            	/src/app/main.go:22 +0x4f
            2024/05/03 06:40:01 starting
            goroutine 1 [running]:
            main.dumpStacks()
            	/src/app/debug.go:12 +0x65
            main.main()
            	/src/app/main.go:30 +0x1d
            """;
        var r = GoStacksHarness.Run(log);
        var dumps = r.Of<GoroutineDump>();
        Assert.Equal([2, 14], dumps.Select(d => d.Provenance.Line ?? 0));
        Assert.Equal([2L, 1], dumps.Select(d => d.Goroutines));
    }

    [Fact]
    public void Two_debug2_dumps_concatenated_are_two_dumps()
    {
        // for i in 1 2; do curl -s localhost:6060/debug/pprof/goroutine?debug=2; sleep 30; done > goroutines.txt
        const string one = """
            goroutine 18 [running]:
            runtime/pprof.writeGoroutineStacks({0x7a1c40, 0xc0000a4000})
            	/usr/local/go/src/runtime/pprof/pprof.go:703 +0x6a

            goroutine 1 [IO wait]:
            internal/poll.runtime_pollWait(0x7f1, 0x72)
            	/usr/local/go/src/runtime/netpoll.go:343 +0x85

            """;
        var r = GoStacksHarness.Run(one + one.Replace("goroutine 18", "goroutine 23", StringComparison.Ordinal), "goroutines.txt");
        var dumps = r.Of<GoroutineDump>();
        Assert.Equal(2, dumps.Count);
        Assert.Equal([1, 8], dumps.Select(d => d.Provenance.Line ?? 0));
        Assert.All(dumps, d => Assert.Equal(2, d.Goroutines));
        Assert.Equal(4, r.Of<GoroutineGroup>().Count);
    }

    [Fact]
    public void Sigquit_after_an_earlier_dump_ended_in_a_frame_starts_a_new_dump()
    {
        const string log = """
            goroutine 1 [running]:
            main.main()
            	/src/app/main.go:30 +0x1d
            SIGQUIT: quit
            PC=0x46a8e1 m=0 sigcode=0

            goroutine 1 [select, 3 minutes]:
            main.main()
            	/src/app/main.go:41 +0x2d
            """;
        var r = GoStacksHarness.Run(log);
        Assert.Equal(["traceback", "sigquit"], r.Of<GoroutineDump>().Select(d => d.Kind));
    }
}
