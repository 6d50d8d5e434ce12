using Analyzer.Inventory;

namespace Analyzer.Tests.Parsers.PprofProto;

/// <summary>Hand-built profiles whose flat/cum are worked out by hand.</summary>
public sealed class PprofSyntheticTests
{
    private static ProfileBuilder Cpu() => new ProfileBuilder().SampleType("samples", "count").SampleType("cpu", "nanoseconds");

    [Fact]
    public void Two_functions_flat_goes_to_the_leaf_cum_to_every_frame()
    {
        // loc1 = work, loc2 = main. Samples: work<-main ×3 (30ms), main alone ×1 (10ms).
        var bytes = Cpu().Location("work").Location("main")
            .Sample([1, 2], 3, 30_000_000)
            .Sample([2], 1, 10_000_000)
            .Build();
        var run = PprofHarness.Run(bytes);
        Assert.Equal(InputStatus.Parsed, run.Context.Status);
        Assert.Equal(40_000_000, run.Profile.Total);
        Assert.Equal(2, run.Profile.Samples);
        Assert.Equal(2, run.Profile.Functions);
        Assert.Equal((30_000_000L, 30_000_000L), (run.Function("work").Flat, run.Function("work").Cum));
        Assert.Equal((10_000_000L, 40_000_000L), (run.Function("main").Flat, run.Function("main").Cum));
        Assert.Equal(75.0, run.Function("work").FlatPercent);
        Assert.Equal(100.0, run.Function("main").CumPercent);
        Assert.Equal("/src/work.go", run.Function("work").File);
        Assert.Equal(["built by a test"], run.Profile.Comments);
    }

    [Fact]
    public void Sparse_location_ids_aggregate_like_dense_ones()
    {
        // Ids far above the location count take the hash-lookup path instead of the direct index.
        var bytes = new ProfileBuilder { LocationIdBase = 5_000_000_000 }.SampleType("samples", "count").SampleType("cpu", "nanoseconds")
            .Location("work").Location("main")
            .Sample([1, 2], 3, 30_000_000)
            .Sample([2], 1, 10_000_000)
            .Build();
        var run = PprofHarness.Run(bytes);
        Assert.Equal(InputStatus.Parsed, run.Context.Status);
        Assert.Equal((30_000_000L, 30_000_000L), (run.Function("work").Flat, run.Function("work").Cum));
        Assert.Equal((10_000_000L, 40_000_000L), (run.Function("main").Flat, run.Function("main").Cum));
    }

    [Fact]
    public void Inlined_frames_expand_innermost_first()
    {
        // loc1 holds inlined abs inside compute (abs innermost); loc2 = main.
        var bytes = Cpu().Location("abs", "compute").Location("main")
            .Sample([1, 2], 5, 50)
            .Build();
        var run = PprofHarness.Run(bytes);
        Assert.Equal((50L, 50L), (run.Function("abs").Flat, run.Function("abs").Cum));
        Assert.Equal((0L, 50L), (run.Function("compute").Flat, run.Function("compute").Cum));
        Assert.Equal((0L, 50L), (run.Function("main").Flat, run.Function("main").Cum));
        Assert.True(run.Function("abs").Inlined);
        Assert.False(run.Function("compute").Inlined);
        Assert.False(run.Function("main").Inlined);
    }

    [Fact]
    public void Recursion_counts_cum_once_per_sample()
    {
        // fib <- fib <- fib <- main (three locations of fib), and fib's own leaf appears again via inlining.
        var bytes = Cpu().Location("fib").Location("fib").Location("fib", "fib").Location("main")
            .Sample([1, 2, 3, 4], 2, 20)
            .Sample([4], 1, 10)
            .Build();
        var run = PprofHarness.Run(bytes);
        Assert.Equal((20L, 20L), (run.Function("fib").Flat, run.Function("fib").Cum));
        Assert.Equal((10L, 30L), (run.Function("main").Flat, run.Function("main").Cum));
        Assert.Equal(30, run.Profile.Total);
    }

    [Fact]
    public void Unpacked_repeated_fields_decode_the_same()
    {
        ProfileBuilder Build(bool unpacked)
        {
            var b = Cpu().Location("work").Location("main").Sample([1, 2], 3, 30).Sample([2], 1, 10);
            b.Unpacked = unpacked;
            return b;
        }
        var packed = PprofHarness.Run(Build(false).Build());
        var unpacked = PprofHarness.Run(Build(true).Build());
        Assert.Equal(packed.Functions, unpacked.Functions);
        Assert.Equal(InputStatus.Parsed, unpacked.Context.Status);
    }

    [Theory]
    [InlineData("heap", null, "heap")]
    [InlineData("allocs", "alloc_space", "allocs")]
    public void Heap_and_allocs_differ_by_default_type(string path, string? defaultType, string kind)
    {
        var b = new ProfileBuilder()
            .SampleType("alloc_objects", "count").SampleType("alloc_space", "bytes")
            .SampleType("inuse_objects", "count").SampleType("inuse_space", "bytes")
            .Location("grow").Sample([1], 1, 4096, 1, 1024);
        if (defaultType is not null)
            b.DefaultType(defaultType);
        var run = PprofHarness.Run(b.Build(), path);
        Assert.Equal(kind, run.Profile.Kind);
        Assert.Equal(defaultType is null ? "inuse_space/bytes" : "alloc_space/bytes", run.Profile.DefaultSampleType);
        Assert.Equal(defaultType is null ? 1024 : 4096, run.Profile.Total);
    }

    [Theory]
    [InlineData("goroutine", "goroutine", "count", "goroutine")]
    [InlineData("threadcreate", "threadcreate", "count", "threadcreate")]
    [InlineData("debug/pprof/mutex", "contentions", "count", "mutex")]
    [InlineData("pprof.app.contentions.delay.001.pb", "contentions", "count", "contention")]
    [InlineData("x.pb", "wall", "nanoseconds", "unknown")]
    public void Kind_follows_sample_types(string path, string type, string unit, string kind)
    {
        var b = new ProfileBuilder().SampleType(type, unit);
        if (type == "contentions")
            b.SampleType("delay", "nanoseconds");
        b.Location("f").Sample([1], type == "contentions" ? [1, 100] : [1]);
        Assert.Equal(kind, PprofHarness.Run(b.Build(), path).Profile.Kind);
    }

    [Fact]
    public void Only_the_top_50_by_flat_and_by_cum_become_facts()
    {
        // 120 leaf functions under one root; leaf i has value i+1. Top 50 flat = leaves 71..120; cum adds root.
        var b = Cpu();
        for (var i = 0; i < 120; i++)
            b.Location("leaf" + i);
        b.Location("root");
        for (var i = 0; i < 120; i++)
            b.Sample([i + 1, 121], 1, i + 1);
        var run = PprofHarness.Run(b.Build());
        Assert.Equal(51, run.Functions.Count);
        Assert.Equal(121, run.Profile.Functions);
        Assert.Equal("leaf119", run.Functions[0].Function);
        Assert.Contains(run.Functions, f => f.Function == "root" && f.Cum == 120 * 121 / 2);
        Assert.DoesNotContain(run.Functions, f => f.Function == "leaf69");
    }
}
