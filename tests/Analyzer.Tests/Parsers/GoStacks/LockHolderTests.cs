using Analyzer.Families.Go.Facts;

namespace Analyzer.Tests.Parsers.GoStacks;

public sealed class LockHolderTests
{
    // Go 1.19: mutex waits park as "semacquire"; the holder flushes under the lock and waits on a channel.
    private const string Go119Hang = """
        goroutine 19 [chan receive, 7 minutes]:
        main.(*Store).flush(0xc000010000, 0xc000010008)
        	/app/store.go:40 +0x65
        main.(*Store).Put(0xc000010000, {0x4b9a2e, 0x1})
        	/app/store.go:25 +0x8c
        main.worker(0xc000010000, 0x0)
        	/app/main.go:30 +0x5a
        created by main.main
        	/app/main.go:12 +0x3d

        goroutine 20 [semacquire, 7 minutes]:
        sync.runtime_SemacquireMutex(0xc00001000c, 0x0, 0x1)
        	/usr/local/go/src/runtime/sema.go:77 +0x25
        sync.(*Mutex).lockSlow(0xc000010008)
        	/usr/local/go/src/sync/mutex.go:171 +0x165
        sync.(*Mutex).Lock(...)
        	/usr/local/go/src/sync/mutex.go:90
        main.(*Store).Put(0xc000010000, {0x4b9a2e, 0x1})
        	/app/store.go:21 +0x4c
        main.worker(0xc000010000, 0x1)
        	/app/main.go:30 +0x5a
        created by main.main
        	/app/main.go:12 +0x3d

        goroutine 21 [semacquire, 5 minutes]:
        sync.runtime_SemacquireMutex(0xc00001000c, 0x0, 0x1)
        	/usr/local/go/src/runtime/sema.go:77 +0x25
        sync.(*Mutex).lockSlow(0xc000010008)
        	/usr/local/go/src/sync/mutex.go:171 +0x165
        sync.(*Mutex).Lock(...)
        	/usr/local/go/src/sync/mutex.go:90
        main.(*Store).Put(0xc000010000, {0x4b9a2f, 0x2})
        	/app/store.go:21 +0x4c
        main.worker(0xc000010000, 0x2)
        	/app/main.go:30 +0x5a
        created by main.main
        	/app/main.go:12 +0x3d

        goroutine 30 [chan receive, 9 minutes]:
        main.other()
        	/app/other.go:9 +0x1d
        created by main.main
        	/app/main.go:13 +0x4d

        goroutine 31 [select, 8 minutes]:
        main.(*Store).compact(0xc000010000)
        	/app/store.go:60 +0x1d
        created by main.main
        	/app/main.go:14 +0x5d

        goroutine 32 [chan receive, 3 minutes]:
        main.(*Store).Put(0xc000010008, {0x4b9a2e, 0x1})
        	/app/store.go:27 +0x8c
        created by main.main
        	/app/main.go:15 +0x6d
        """;

    [Fact]
    public void Go119_semacquire_waiters_name_the_holder_by_mutex_address()
    {
        var r = GoStacksHarness.Run(Go119Hang, "ipfs.stacks");
        var waiters = r.Of<GoroutineGroup>().Single(g => g.Category == "lock");
        Assert.Equal(2, waiters.Count);
        Assert.Equal([20L, 21], waiters.GoroutineIds);
        Assert.Equal("main.(*Store).Put", waiters.LockCaller);
        Assert.Equal(["0xc000010008"], waiters.MutexAddresses);
        Assert.Equal(TimeSpan.FromMinutes(5), waiters.MinWait);

        var holder = Assert.Single(r.Of<GoLockHolder>());
        Assert.Equal(waiters.Key, holder.WaiterGroup);
        Assert.Equal("ipfs.stacks#1", holder.HolderGroup);
        Assert.Equal(19, holder.HolderGoroutineId);
        Assert.Equal("chan receive", holder.HolderState);
        Assert.Equal(TimeSpan.FromMinutes(7), holder.HolderWait);
        Assert.Equal("main.(*Store).flush", holder.HolderFunction);
        Assert.Equal("/app/store.go:40", holder.HolderLocation);
        Assert.Equal("main.(*Store).Put", holder.LockCaller);
        Assert.Equal("mutex-address", holder.Basis); // goroutine 32 has the address too but waited only 3 minutes
        Assert.Equal(1, holder.Provenance.Line);
    }

    [Fact]
    public void Go121_sync_mutex_lock_state_names_the_holder_by_function()
    {
        const string text = """
            goroutine 20 [sync.Mutex.Lock, 12 minutes]:
            sync.runtime_SemacquireMutex(0xc00001000c?, 0x0?, 0x1?)
            	/usr/local/go/src/runtime/sema.go:77 +0x25
            sync.(*Mutex).lockSlow(0xc000010008)
            	/usr/local/go/src/sync/mutex.go:171 +0x165
            sync.(*Mutex).Lock(...)
            	/usr/local/go/src/sync/mutex.go:90
            main.(*Store).Put(0xc000010000?, {0x4b9a2e, 0x1})
            	/app/store.go:21 +0x4c
            created by main.main in goroutine 1
            	/app/main.go:12 +0x3d

            goroutine 7 [IO wait, 15 minutes]:
            internal/poll.runtime_pollWait(0x7f1, 0x72)
            	/usr/local/go/src/runtime/netpoll.go:343 +0x85
            main.(*Store).sync(0xc000010000?)
            	/app/store.go:80 +0x65
            main.(*Store).Put(0xc000010000?, {0x4b9a2e, 0x1})
            	/app/store.go:25 +0x8c
            created by main.main in goroutine 1
            	/app/main.go:12 +0x3d

            goroutine 9 [IO wait, 15 minutes]:
            internal/poll.runtime_pollWait(0x7f1, 0x72)
            	/usr/local/go/src/runtime/netpoll.go:343 +0x85
            main.(*Store).sync(0xc000010000?)
            	/app/store.go:80 +0x65
            main.(*Store).Get(0xc000010000?)
            	/app/store.go:95 +0x8c
            created by main.main in goroutine 1
            	/app/main.go:12 +0x3d
            """;
        var r = GoStacksHarness.Run(text);
        var waiters = r.Of<GoroutineGroup>()[0];
        Assert.Equal("lock", waiters.Category);
        Assert.Equal("main.(*Store).Put", waiters.LockCaller);
        var holder = Assert.Single(r.Of<GoLockHolder>());
        Assert.Equal(7, holder.HolderGoroutineId);
        Assert.Equal("same-function", holder.Basis);
        Assert.Equal("main.(*Store).sync", holder.HolderFunction);
        Assert.Equal(TimeSpan.FromMinutes(15), holder.HolderWait);
    }

    [Fact]
    public void No_holder_when_no_goroutine_qualifies()
    {
        const string text = """
            goroutine 20 [sync.Mutex.Lock, 12 minutes]:
            sync.(*Mutex).lockSlow(0xc000010008)
            	/usr/local/go/src/sync/mutex.go:171 +0x165
            main.(*Store).Put(0xc000010000?, {0x4b9a2e, 0x1})
            	/app/store.go:21 +0x4c

            goroutine 21 [sync.Mutex.Lock, 10 minutes]:
            sync.(*Mutex).lockSlow(0xc000010008)
            	/usr/local/go/src/sync/mutex.go:171 +0x165
            main.(*Store).Delete(0xc000010000?)
            	/app/store.go:41 +0x4c

            goroutine 7 [chan receive, 2 minutes]:
            main.(*Store).Put(0xc000010000?, {0x4b9a2e, 0x1})
            	/app/store.go:25 +0x8c

            goroutine 8 [chan receive, 30 minutes]:
            github.com/other/lib.Run(0xc000010008)
            	/go/pkg/mod/github.com/other/lib/run.go:25 +0x8c
            """;
        // 7 blocked for less time than the waiters, 21 queues on the same mutex, 8 shares nothing with the lock:
        var none = GoStacksHarness.Run(text.Replace("lib.Run(0xc000010008)", "lib.Run(0xc000099999)", StringComparison.Ordinal));
        Assert.Equal(2, none.Of<GoroutineGroup>().Count(g => g.Category == "lock"));
        Assert.Empty(none.Of<GoLockHolder>());

        // ...but the mutex address in 8's arguments is enough, whatever package it runs in.
        var r = GoStacksHarness.Run(text);
        Assert.All(r.Of<GoLockHolder>(), h => Assert.Equal(8, h.HolderGoroutineId));
        Assert.Equal(2, r.Of<GoLockHolder>().Count);
    }

    [Fact]
    public void Unknown_wait_times_do_not_filter_candidates()
    {
        var text = Go119Hang.Replace(", 7 minutes]", "]", StringComparison.Ordinal).Replace(", 5 minutes]", "]", StringComparison.Ordinal)
            .Replace(", 3 minutes]", "]", StringComparison.Ordinal);
        var r = GoStacksHarness.Run(text);
        var holder = Assert.Single(r.Of<GoLockHolder>());
        Assert.Equal("mutex-address", holder.Basis);
        Assert.Equal(19, holder.HolderGoroutineId); // ties on score and wait: smaller id wins over 32
    }

    [Fact]
    public void The_dumping_goroutine_is_never_the_holder_and_a_blocked_single_goroutine_wins_ties()
    {
        const string text = """
            goroutine 1 [running]:
            main.dumpAll()
            	/app/main.go:80 +0x45
            runtime.Stack({0xc000200000, 0x100000, 0x100000}, 0x1)
            	/usr/local/go/src/runtime/mprof.go:1193 +0x7f

            goroutine 2 [running]:
            main.busyLoop()
            	/app/loop.go:10 +0x1d

            goroutine 3 [semacquire]:
            sync.runtime_SemacquireMutex(0xc00001000c, 0x0, 0x1)
            	/usr/local/go/src/runtime/sema.go:77 +0x25
            sync.(*Mutex).Lock(...)
            	/usr/local/go/src/sync/mutex.go:90
            main.lockShard(0x1)
            	/app/shard.go:21 +0x4c

            goroutine 4 [chan receive]:
            main.compactShard(0x1)
            	/app/shard.go:40 +0x65
            """;
        var holder = Assert.Single(GoStacksHarness.Run(text).Of<GoLockHolder>());
        Assert.Equal("same-package", holder.Basis);
        Assert.Equal(4, holder.HolderGoroutineId); // not 1 (it printed the dump), not 2 (running, not blocked)
    }
}
