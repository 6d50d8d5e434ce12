using Analyzer.Families.Go.Facts;
using Analyzer.Inventory;

namespace Analyzer.Tests.Parsers.GoStacks;

/// <summary>
/// Summarised dumps, where a tool printed each distinct stack once with its count, are groups of that count — not of
/// one goroutine each — so a convoy of 48 waiters still looks like one.
/// </summary>
public sealed class GoStacksSummaryTests
{
    [Fact]
    public void Count_headers_over_runtime_style_stacks_are_groups_of_that_count()
    {
        // Grouped by a home-made summariser that keeps the runtime's bracket and frame format.
        const string summary = """
            48 goroutines [semacquire, 4 minutes]:
            sync.runtime_SemacquireMutex(0xc0001a4004, 0x0, 0x1)
            	/usr/local/go/src/runtime/sema.go:71 +0x47
            sync.(*Mutex).lockSlow(0xc0001a4000)
            	/usr/local/go/src/sync/mutex.go:171 +0x15d
            sync.(*Mutex).Lock(...)
            	/usr/local/go/src/sync/mutex.go:90
            main.(*Cache).Get(0xc0001a4000, {0x6a1b2c, 0x3})
            	/src/app/cache.go:42 +0x8c
            created by net/http.(*Server).Serve
            	/usr/local/go/src/net/http/server.go:3086 +0x5cb

            1 goroutine [chan receive, 4 minutes]:
            main.(*Cache).refresh(0xc0001a4000)
            	/src/app/cache.go:61 +0x65
            created by main.serve
            	/src/app/main.go:90 +0x210
            """;
        var r = GoStacksHarness.Run(summary, "support/goroutines-summary.txt");
        Assert.Equal(InputStatus.Parsed, r.Context.Status);
        var dump = Assert.Single(r.Of<GoroutineDump>());
        Assert.Equal(("summary", 49L, 2L), (dump.Kind, dump.Goroutines, (long)dump.Groups));
        var waiters = r.Of<GoroutineGroup>()[0];
        Assert.Equal((48L, "lock", "main.(*Cache).Get"), (waiters.Count, waiters.Category, waiters.LockCaller));
        Assert.Equal(TimeSpan.FromMinutes(4), waiters.MaxWait);
        Assert.Empty(waiters.GoroutineIds);
        Assert.Equal(4, waiters.Frames.Count);
        var holder = Assert.Single(r.Of<GoLockHolder>());
        Assert.Equal("main.(*Cache).refresh", holder.HolderFunction);
        Assert.Null(holder.HolderGoroutineId);
    }

    [Fact]
    public void Panicparse_buckets_keep_count_state_wait_range_and_frames_and_say_packages_are_shortened()
    {
        // maruel/panicparse `pp` output (internal/ui.go: "%d: %s [sleep] [locked] [Created by ...]", then
        // "    pkg file:line Func(args)" per call, "    (...)" when elided), colours off.
        const string pp = """
            48: semacquire [2~4 minutes] [Created by http.(*Server).Serve @ server.go:3086]
                sync  sema.go:71      runtime_SemacquireMutex(*uint32(#1), 0, 1)
                sync  mutex.go:171    (*Mutex).lockSlow(*Mutex(#2))
                main  cache.go:42     (*Cache).Get(*Cache(#2), string(#3, len=3))
            1: chan receive [4 minutes] [Created by main.serve @ main.go:90]
                main  cache.go:61     (*Cache).refresh(*Cache(#2))
            3: IO wait
                poll  fd_poll_runtime.go:84 (*pollDesc).wait(#4, 0x72, 0)
                (...)
            """;
        var r = GoStacksHarness.Run(pp, "pp.txt");
        var groups = r.Of<GoroutineGroup>();
        Assert.Equal([48L, 1, 3], groups.Select(g => g.Count));
        Assert.Equal(["semacquire", "chan receive", "IO wait"], groups.Select(g => g.State));
        Assert.Equal((TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(4)), (groups[0].MinWait, groups[0].MaxWait));
        Assert.Equal("lock", groups[0].Category);
        Assert.Equal(["sync.runtime_SemacquireMutex", "sync.(*Mutex).lockSlow", "main.(*Cache).Get"], groups[0].Frames.Select(f => f.Function));
        Assert.Equal(("cache.go", 42L), (groups[0].Frames[2].File, groups[0].Frames[2].Line));
        Assert.Equal("main.(*Cache).Get", groups[0].AppFunction);
        Assert.Equal("http.(*Server).Serve", groups[0].CreatedBy);
        Assert.True(groups[2].Elided);
        Assert.Equal(52, Assert.Single(r.Of<GoroutineDump>()).Goroutines);
        Assert.Equal(InputStatus.Partial, r.Context.Status);
        Assert.Contains(r.Context.Problems, p => p.Contains("last path element", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("1: running the migration\n2: done\n")]
    [InlineData("3 goroutines started\n")]
    [InlineData("12: error connecting to db [retry 3]\n")]
    public void Numbered_log_lines_are_not_summaries(string text)
    {
        var r = GoStacksHarness.Run(text);
        Assert.Empty(r.Of<GoroutineDump>());
        Assert.Equal(InputStatus.Parsed, r.Context.Status);
    }
}
