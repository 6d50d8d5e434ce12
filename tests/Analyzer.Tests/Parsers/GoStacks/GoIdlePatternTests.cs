using Analyzer.Families.Go.Facts;

namespace Analyzer.Tests.Parsers.GoStacks;

/// <summary>Waits that are an idle server's shape are named on the group, so rules can leave them out.</summary>
public sealed class GoIdlePatternTests
{
    // A SIGQUIT dump (runtime frames shown) of a server with nothing to do, after the shape of fixtures/go-idle-server.
    private const string IdleServer = """
        SIGQUIT: quit
        PC=0x46a0e1 m=0 sigcode=0

        goroutine 1 [chan receive, 42 minutes]:
        runtime.gopark(0x0?, 0x0?, 0x0?, 0x0?, 0x0?)
        	/usr/lib/go-1.19/src/runtime/proc.go:363 +0xd6
        runtime.chanrecv(0xc000024120, 0xc000147f10, 0x1)
        	/usr/lib/go-1.19/src/runtime/chan.go:583 +0x49d
        runtime.chanrecv1(0xc000024120?, 0x0?)
        	/usr/lib/go-1.19/src/runtime/chan.go:442 +0x18
        main.main()
        	fixturegen/cmd/idleserver/main.go:70 +0x5b1

        goroutine 7 [chan receive, 42 minutes]:
        runtime.gopark(0x0?, 0x0?, 0x0?, 0x0?, 0x0?)
        	/usr/lib/go-1.19/src/runtime/proc.go:363 +0xd6
        runtime.chanrecv(0xc000022060, 0xc00004bf48, 0x1)
        	/usr/lib/go-1.19/src/runtime/chan.go:583 +0x49d
        runtime.chanrecv2(0x0?, 0x0?)
        	/usr/lib/go-1.19/src/runtime/chan.go:447 +0x18
        main.(*Pool).worker(0x0?)
        	fixturegen/cmd/idleserver/main.go:28 +0x45
        created by main.main
        	fixturegen/cmd/idleserver/main.go:39 +0x9a

        goroutine 8 [chan receive, 42 minutes]:
        runtime.gopark(0x0?, 0x0?, 0x0?, 0x0?, 0x0?)
        	/usr/lib/go-1.19/src/runtime/proc.go:363 +0xd6
        runtime.chanrecv(0xc000022060, 0xc00004c748, 0x1)
        	/usr/lib/go-1.19/src/runtime/chan.go:583 +0x49d
        runtime.chanrecv2(0x0?, 0x0?)
        	/usr/lib/go-1.19/src/runtime/chan.go:447 +0x18
        main.(*Pool).worker(0x0?)
        	fixturegen/cmd/idleserver/main.go:28 +0x45
        created by main.main
        	fixturegen/cmd/idleserver/main.go:39 +0x9a

        goroutine 11 [chan receive, 42 minutes]:
        runtime.gopark(0x0?, 0x0?, 0x0?, 0x0?, 0x0?)
        	/usr/lib/go-1.19/src/runtime/proc.go:363 +0xd6
        runtime.chanrecv(0xc0000a0060, 0x0, 0x1)
        	/usr/lib/go-1.19/src/runtime/chan.go:583 +0x49d
        runtime.chanrecv1(0x0?, 0x0?)
        	/usr/lib/go-1.19/src/runtime/chan.go:442 +0x18
        main.main.func2()
        	fixturegen/cmd/idleserver/main.go:56 +0x32
        created by main.main
        	fixturegen/cmd/idleserver/main.go:55 +0x3c5

        goroutine 12 [chan receive, 42 minutes]:
        runtime.gopark(0x0?, 0x0?, 0x0?, 0x0?, 0x0?)
        	/usr/lib/go-1.19/src/runtime/proc.go:363 +0xd6
        runtime.chanrecv(0xc0000a00c0, 0x0, 0x1)
        	/usr/lib/go-1.19/src/runtime/chan.go:583 +0x49d
        runtime.chanrecv1(0x0?, 0x0?)
        	/usr/lib/go-1.19/src/runtime/chan.go:442 +0x18
        main.(*Store).waitForReplicaAck(...)
        	fixturegen/cmd/lockhang/main.go:66
        main.(*Store).Flush(0xc000090ee0)
        	fixturegen/cmd/lockhang/main.go:80 +0x9a
        created by main.(*Server).handleFlush
        	fixturegen/cmd/lockhang/main.go:101 +0x5c

        goroutine 13 [select (no cases), 42 minutes]:
        runtime.gopark(0x0?, 0x0?, 0x0?, 0x0?, 0x0?)
        	/usr/lib/go-1.19/src/runtime/proc.go:363 +0xd6
        runtime.block()
        	/usr/lib/go-1.19/src/runtime/select.go:104 +0x2c
        main.forever()
        	fixturegen/cmd/x/main.go:9 +0x17
        created by main.main
        	fixturegen/cmd/x/main.go:20 +0x25
        """;

    [Fact]
    public void Idle_shapes_are_named_and_a_real_wait_is_not()
    {
        var groups = GoStacksHarness.Run(IdleServer, "stderr.txt").Of<GoroutineGroup>();
        string? Pattern(string app) => groups.Single(g => g.AppFunction == app).IdlePattern;
        Assert.Equal("main-wait", Pattern("main.main"));
        Assert.Equal("worker-pool-idle", Pattern("main.(*Pool).worker"));
        Assert.Equal("shutdown-watcher", Pattern("main.main.func2"));
        Assert.Equal("select-forever", Pattern("main.forever"));
        // One goroutine waiting for an ack inside its own logic is not idle: nothing names it so.
        Assert.Null(Pattern("main.(*Store).waitForReplicaAck"));
    }

    [Fact]
    public void A_lone_receiver_is_not_a_pool()
    {
        var one = IdleServer.Replace("goroutine 8 [chan receive, 42 minutes]:", "goroutine 8 [chan send, 42 minutes]:", StringComparison.Ordinal);
        var groups = GoStacksHarness.Run(one, "stderr.txt").Of<GoroutineGroup>();
        Assert.All(groups.Where(g => g.AppFunction == "main.(*Pool).worker"), g => Assert.Null(g.IdlePattern));
    }
}
