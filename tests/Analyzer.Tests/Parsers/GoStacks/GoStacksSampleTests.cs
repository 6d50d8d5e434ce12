using Analyzer.Families.Go.Facts;
using Analyzer.Inventory;

namespace Analyzer.Tests.Parsers.GoStacks;

/// <summary>One test per real sample (tests/.../samples, see SOURCE.txt there).</summary>
public sealed class GoStacksSampleTests
{
    [Fact]
    public void Debug2_datadog_groups_states_inlined_frames_and_creators()
    {
        var r = GoStacksHarness.Sample("datadog_go1156_debug2_excerpt.txt");
        var dump = Assert.Single(r.Of<GoroutineDump>());
        Assert.Equal("traceback", dump.Kind);
        Assert.Equal(5, dump.Goroutines);
        Assert.Equal(5, dump.Groups);
        Assert.False(dump.Truncated);
        var groups = r.Of<GoroutineGroup>();
        Assert.Equal(["running", "sleep", "IO wait", "chan receive", "select"], groups.Select(g => g.State));
        Assert.Equal(["running", "sleep", "io", "channel", "select"], groups.Select(g => g.Category));
        Assert.Equal([41L, 22, 3, 6, 24], groups.Select(g => g.FirstGoroutineId));
        Assert.Equal("runtime/pprof.writeGoroutineStacks", groups[0].TopFunction);
        Assert.Equal("net/http.(*Server).Serve", groups[0].CreatedBy);
        Assert.Equal("main.shortSleepLoop", groups[1].AppFunction);
        Assert.EndsWith("examples/goroutine/main.go:165", groups[1].AppLocation);
        var io = groups[2];
        var inlined = io.Frames[2];
        Assert.Equal("internal/poll.(*pollDesc).waitRead", inlined.Function);
        Assert.Equal("internal/poll", inlined.Package);
        Assert.Equal("...", inlined.Args);
        Assert.Equal(92, inlined.Line);
        Assert.True(inlined.IsStdlib);
        Assert.Equal("0x1e91e88, 0x72, 0x0", io.Frames[0].Args);
        Assert.Equal("main.main.func1", io.AppFunction);
        Assert.Equal("samples/datadog_go1156_debug2_excerpt.txt#3", io.Key);
        Assert.Equal(19, io.Provenance.Line);
        Assert.Equal(33, io.Provenance.EndLine);
        Assert.StartsWith("goroutine 3 [IO wait]:\nmain.main.func1(0xc000032120)", io.Provenance.Excerpt);
        Assert.Empty(r.Context.Problems);
    }

    [Fact]
    public void Ci_prefixed_go121_created_in_goroutine_and_cut_header()
    {
        var r = GoStacksHarness.Sample("go121_created_in_goroutine_ci_prefixed_matrixone.txt");
        var dump = Assert.Single(r.Of<GoroutineDump>());
        Assert.Equal(2, dump.Goroutines);
        Assert.True(dump.Truncated); // ends with a header and no frames
        var groups = r.Of<GoroutineGroup>();
        Assert.Equal("runnable", groups[0].State);
        Assert.Equal(116, groups[0].FirstGoroutineId);
        Assert.Equal("github.com/matrixorigin/matrixone/pkg/common/mpool.init.0", groups[0].CreatedBy);
        Assert.Equal("github.com/matrixorigin/matrixone/pkg/common/mpool.init.0.func1", groups[0].AppFunction);
        Assert.Equal("github.com/matrixorigin/matrixone/pkg/common/mpool", groups[0].Frames[4].Package);
        Assert.Equal("/opt/hostedtoolcache/go/1.21.5/x64/src/runtime/proc.go", groups[0].Frames[0].File);
        Assert.Equal("select", groups[1].State);
        Assert.Equal(TimeSpan.FromMinutes(26), groups[1].MaxWait);
        Assert.Contains(r.Context.Problems, p => p.Contains("mid-goroutine", StringComparison.Ordinal));
        Assert.Equal(InputStatus.Partial, r.Context.Status);
    }

    [Fact]
    public void Go122_gp_m_headers_fp_suffixes_windows_paths_file_starting_mid_goroutine()
    {
        var r = GoStacksHarness.Sample("go122_gp_m_header_ollama.txt");
        var g = Assert.Single(r.Of<GoroutineGroup>());
        Assert.Equal("finalizer wait", g.State);
        Assert.Equal("idle", g.Category);
        Assert.Equal(5, g.FirstGoroutineId);
        Assert.Equal("C:/Program Files/Go/src/runtime/proc.go", g.Frames[0].File);
        Assert.Equal(402, g.Frames[0].Line);
        Assert.Equal("runtime.goexit", g.Frames[2].Function);
        Assert.Equal("{}", g.Frames[2].Args);
        Assert.Null(g.AppFunction);
        Assert.Equal(15, g.Provenance.Line);
    }

    [Fact]
    public void Go123_sync_mutex_lock_with_space_indentation()
    {
        var r = GoStacksHarness.Sample("go123_mutex_lock_containerd.txt");
        var g = Assert.Single(r.Of<GoroutineGroup>());
        Assert.Equal("sync.Mutex.Lock", g.State);
        Assert.Equal("lock", g.Category);
        Assert.Equal(233338756, g.FirstGoroutineId);
        Assert.Equal(TimeSpan.FromMinutes(239), g.MaxWait);
        Assert.Equal("/usr/lib/go-1.23/src/runtime/sema.go", g.Frames[0].File);
        Assert.Equal(95, g.Frames[0].Line);
        Assert.Equal("github.com/docker/go-metrics.(*Namespace).WithConstLabels", g.LockCaller);
        Assert.Equal(["0xc0003aad98"], g.MutexAddresses);
        Assert.Equal("github.com/docker/go-metrics.(*Namespace).WithConstLabels", g.AppFunction);
        Assert.Empty(r.Of<GoLockHolder>());
    }

    [Fact]
    public void Go124_sigquit_with_gp_m_synctest_and_register_dump()
    {
        var r = GoStacksHarness.Sample("go124_sigquit_gp_m_synctest_darwin_glycerine.txt");
        var dump = Assert.Single(r.Of<GoroutineDump>());
        Assert.Equal("sigquit", dump.Kind);
        Assert.Equal(3, dump.Goroutines);
        Assert.False(dump.Truncated);
        Assert.Equal(3, dump.Provenance.Line);
        Assert.Equal(69, dump.Provenance.EndLine); // "exit status 2"; the FAIL line ends the dump
        var groups = r.Of<GoroutineGroup>();
        Assert.Equal(["idle", "synctest.Run", "sleep"], groups.Select(g => g.State));
        Assert.Equal([0L, 6, 7], groups.Select(g => g.FirstGoroutineId));
        Assert.Equal("internal/synctest.Run", groups[2].CreatedBy);
        Assert.Equal("github.com/glycerine/rpc25519/play.Test_why_does_synctest_block_forever_in_synctest_Wait_hmm.func1", groups[2].AppFunction);
        Assert.Equal("sleep", groups[2].Category);
        Assert.Empty(r.Of<GoPanic>());
    }

    [Fact]
    public void Go125_repanicked_and_nested_chains_name_the_last_panic()
    {
        var r = GoStacksHarness.Sample("go125_repanicked.txt");
        var panics = r.Of<GoPanic>();
        Assert.Equal(4, panics.Count);
        Assert.Equal("message", panics[0].Message);
        Assert.True(panics[0].Recovered);
        Assert.True(panics[0].Repanicked);
        Assert.Equal("outer", panics[1].Message);
        Assert.Equal(["inner", "middle"], panics[1].EarlierMessages);
        Assert.True(panics[1].Recovered);
        Assert.Equal(4, panics[1].Provenance.Line);
        Assert.Equal(6, panics[1].Provenance.EndLine);
        // release-notes quote, indented by 4 (markdown indentation learned from the first line)
        Assert.Equal("PANIC", panics[2].Message);
        Assert.Equal(["PANIC"], panics[2].EarlierMessages);
        Assert.False(panics[2].Repanicked);
        Assert.True(panics[3].Repanicked);
        Assert.All(r.Of<GoroutineDump>(), d => Assert.Equal("panic", d.Kind));
    }

    [Fact]
    public void Go14_sigquit_semacquire_mutex_and_middle_dot_names()
    {
        var r = GoStacksHarness.Sample("go14_sigquit_semacquire_flynn.txt");
        Assert.Equal("sigquit", Assert.Single(r.Of<GoroutineDump>()).Kind);
        var groups = r.Of<GoroutineGroup>();
        Assert.Equal("syscall", groups[0].State);
        Assert.Equal(TimeSpan.FromMinutes(973), groups[0].MaxWait);
        Assert.Equal("os/signal.init·1", groups[0].CreatedBy);
        Assert.Equal(201, groups[0].Frames[0].Line);
        Assert.Equal("semacquire", groups[1].State);
        Assert.Equal("lock", groups[1].Category);
        Assert.Equal("main.func·038", groups[1].LockCaller);
        Assert.Equal(["0xc20824e8d8"], groups[1].MutexAddresses);
        Assert.Equal("main", groups[1].Frames[2].Package);
        Assert.False(groups[1].Frames[2].IsStdlib);
    }

    [Fact]
    public void Go181_stack_overflow_with_runtime_stack_elision_and_locked_thread()
    {
        var r = GoStacksHarness.Sample("go181_stack_overflow_runtime_stack_elided_akutz_gpd.txt");
        var dump = Assert.Single(r.Of<GoroutineDump>());
        Assert.Equal("fatal-error", dump.Kind);
        Assert.Equal(2, dump.Goroutines);
        var fatal = Assert.Single(r.Of<GoFatalError>());
        Assert.Equal("stack-overflow", fatal.Kind);
        Assert.Equal("stack overflow", fatal.Message);
        Assert.Equal(1, fatal.GoroutineId);
        var groups = r.Of<GoroutineGroup>();
        Assert.True(groups[0].Elided);
        Assert.Equal("runtime.(*_type).string", groups[0].TopFunction);
        Assert.Equal(4, groups[0].Frames.Count);
        Assert.Equal("syscall", groups[1].State);
        Assert.Equal(1, groups[1].LockedToThread);
        Assert.Equal(TimeSpan.Zero, groups[1].MaxWait);
    }

    [Fact]
    public void Fatal_deadlock_two_dumps_eight_space_indentation()
    {
        var r = GoStacksHarness.Sample("go_fatal_deadlock.txt");
        var dumps = r.Of<GoroutineDump>();
        Assert.Equal(2, dumps.Count);
        Assert.All(dumps, d => Assert.Equal("fatal-error", d.Kind));
        var fatals = r.Of<GoFatalError>();
        Assert.All(fatals, f => Assert.Equal("deadlock", f.Kind));
        Assert.Equal("all goroutines are asleep - deadlock!", fatals[0].Message);
        Assert.Equal("github.com/tillson/git-hound/internal/app.(*WorkerPool).Submit", fatals[0].AppFunction);
        Assert.Equal("/Users/tillson/Documents/git-hound/internal/app/worker_pool.go:77", fatals[0].AppLocation);
        var groups = r.Of<GoroutineGroup>();
        Assert.Equal(3, groups.Count);
        Assert.Equal("chan send", groups[0].State);
        Assert.Equal(TimeSpan.FromMinutes(1), groups[0].MaxWait);
        Assert.Equal(8, groups[0].Frames.Count);
        Assert.Equal("chan receive", groups[2].State);
        Assert.Equal("main.main", groups[2].AppFunction);
        Assert.EndsWith("#3", groups[2].Key);
    }

    [Fact]
    public void Pre_go120_semacquire_is_split_into_waitgroup_and_lock_by_frames()
    {
        var r = GoStacksHarness.Sample("go_old_semacquire_minutes_dgraph.txt");
        var groups = r.Of<GoroutineGroup>();
        Assert.Equal("waitgroup", groups[0].Category);
        Assert.Equal(TimeSpan.FromMinutes(28), groups[0].MaxWait);
        Assert.Equal("github.com/dgraph-io/badger/v2/y.(*Closer).Wait", groups[0].AppFunction);
        Assert.Equal("lock", groups[1].Category);
        Assert.Equal(57723, groups[1].FirstGoroutineId);
        Assert.Equal(["0xc0006f04d0"], groups[1].MutexAddresses);
    }

    [Fact]
    public void Panics_with_modern_and_numeric_signal_lines_and_panic_frame()
    {
        var r = GoStacksHarness.Sample("go_panic_sigsegv_old_and_new.txt");
        var panics = r.Of<GoPanic>();
        Assert.Equal(2, panics.Count);
        Assert.Equal("runtime error: invalid memory address or nil pointer dereference", panics[0].Message);
        Assert.True(panics[0].RuntimeError);
        Assert.Equal("SIGSEGV", panics[0].Signal);
        Assert.Equal("0x98", panics[0].Addr);
        Assert.Equal(1, panics[0].GoroutineId);
        Assert.Equal("main.main", panics[0].AppFunction);
        Assert.Equal("/app/main.go:69", panics[0].AppLocation);
        Assert.Equal(2, panics[0].Provenance.Line);
        Assert.Equal(3, panics[0].Provenance.EndLine);
        Assert.Equal("SIGSEGV", panics[1].Signal);
        Assert.Equal("0x1", panics[1].Addr);
        var dumps = r.Of<GoroutineDump>();
        Assert.Equal(["panic", "panic", "traceback"], dumps.Select(d => d.Kind));
        Assert.Equal(2, dumps[1].Goroutines);
        var last = r.Of<GoroutineGroup>()[^1];
        Assert.Equal("panic", last.TopFunction);
        Assert.True(last.Frames[0].IsStdlib);
        Assert.Equal("github.com/heidi-ann/ios/app.(*StateMachine).Apply", last.AppFunction);
        Assert.EndsWith(", ...", last.Frames[1].Args);
    }

    [Fact]
    public void Panicparse_header_variants_group_by_stack_not_args()
    {
        var r = GoStacksHarness.Sample("panicparse_testcases_header_variants.txt");
        var groups = r.Of<GoroutineGroup>();
        Assert.Equal(3, groups.Count);
        var yaml = groups[0];
        Assert.Equal(3, yaml.Count);
        Assert.Equal([1L, 2, 3], yaml.GoroutineIds);
        Assert.Equal(TimeSpan.Zero, yaml.MinWait);
        Assert.Equal(TimeSpan.FromMinutes(101), yaml.MaxWait);
        Assert.Equal(2, yaml.LockedToThread);
        Assert.Equal("gopkg.in/yaml.v2", yaml.Frames[0].Package);
        Assert.False(yaml.Frames[0].IsStdlib);
        Assert.Equal("0x433b20", yaml.Frames[0].Args); // first member's args
        Assert.Equal("gc", groups[1].Category);
        Assert.Equal("??", groups[2].Frames[0].File);
        Assert.Equal(0, groups[2].Frames[0].Line);
        Assert.Equal("github.com/cockroachdb/cockroach/storage/engine", groups[2].Frames[0].Package);
    }

    [Fact]
    public void Debug1_profile_records_become_groups_with_counts_labels_and_inferred_categories()
    {
        var facts = new List<Analyzer.Rules.Facts.IFact>();
        using var stream = File.OpenRead(GoStacksHarness.SamplePath("debug1/datadog_go1156_debug1.txt"));
        var context = new Analyzer.Parsing.ParseContext("goroutine?debug=1", stream, facts.Add);
        new Analyzer.Families.Go.Parsers.GoStacks.GoProfileTextParser().Parse(context);
        var dump = Assert.Single(facts.OfType<GoroutineDump>());
        Assert.Equal("profile", dump.Kind);
        Assert.Equal(10, dump.Goroutines);
        var groups = facts.OfType<GoroutineGroup>().ToList();
        Assert.Equal(6, groups.Count);
        Assert.Equal([2L, 1, 1, 1, 1, 1], groups.Select(g => g.Count));
        Assert.All(groups, g => Assert.Equal("unknown", g.State));
        Assert.All(groups, g => Assert.False(g.WaitKnown));
        Assert.Equal(["sleep", "unknown", "io", "unknown", "sleep", "unknown"], groups.Select(g => g.Category));
        Assert.Equal("{\"test_label\":\"test_value\"}", groups[0].Labels);
        Assert.Equal("time.Sleep", groups[0].TopFunction);
        Assert.Equal("main.shortSleepLoop", groups[0].AppFunction);
        Assert.Equal("/usr/local/Cellar/go/1.15.6/libexec/src/runtime/time.go", groups[0].Frames[0].File);
        Assert.Equal(188, groups[0].Frames[0].Line);
        Assert.Equal(11, groups[2].Frames.Count);
        Assert.Null(groups[2].Labels);
        Assert.Empty(context.Problems);
    }

    [Fact]
    public void Legacy_unsymbolized_records_keep_their_pcs()
    {
        var text = File.ReadAllText(GoStacksHarness.SamplePath("debug1/google_pprof_testdata_go.godoc.thread_debug0_legacy.txt"))
            .Replace("threadcreate profile: total 7", "goroutine profile: total 7", StringComparison.Ordinal);
        var r = GoStacksHarness.Run(text, "goroutine.txt");
        var groups = r.Of<GoroutineGroup>();
        Assert.Equal(7, groups.Count);
        Assert.Equal("0x44cb3", groups[0].TopFunction);
        Assert.Equal(9, groups[0].Frames.Count);
        Assert.Null(groups[0].AppFunction);
        Assert.Equal(7, Assert.Single(r.Of<GoroutineDump>()).Goroutines);
    }
}
