using System.Diagnostics;
using Analyzer.Inventory;
using Analyzer.Tests.Parsers.PprofProto;

namespace Analyzer.Tests.BadInput;

/// <summary>
/// Small inputs that asked for unbounded work. Each is rebuilt here and must finish well inside 10 s with what it
/// could not read said in the inventory.
/// </summary>
public sealed class BlowUpTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("triage-blowup-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Pprof_samples_times_inlined_lines_is_bounded()
    {
        // 100,000 samples on one location of 50,000 inlined lines: 1.9 KB gzipped, formerly over 150 s.
        var builder = new ProfileBuilder().SampleType("samples", "count").Location(Enumerable.Repeat("main.work", 50_000).ToArray());
        for (var i = 0; i < 100_000; i++)
            builder.Sample([1], 1);
        var path = Path.Combine(_dir, "cpu.pb.gz");
        File.WriteAllBytes(path, ProfileBuilder.Gzip(builder.Build()));

        // Alone this takes about 1.5 s (the CLI run, start-up included, under 5 s); the bound leaves room for a
        // loaded machine running the whole suite in parallel, and still fails the unbounded minutes it was.
        var clock = Stopwatch.StartNew();
        var run = FullRun.Of(path);
        Assert.InRange(clock.Elapsed.TotalSeconds, 0, 40);

        var input = run.Input("cpu.pb");
        Assert.Equal(InputStatus.Partial, input.Status);
        Assert.Contains(input.Problems, p => p.Contains("past 1024 frames: cut to their innermost 1024", StringComparison.Ordinal));
        Assert.Contains(input.Problems, p => p.Contains("samples are in the totals but not in the function table", StringComparison.Ordinal));
        Assert.Contains("main.work", run.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_profile_within_the_bounds_is_not_marked()
    {
        var builder = new ProfileBuilder().SampleType("samples", "count").Location("main.leaf", "main.inlined").Location("main.main");
        for (var i = 0; i < 10_000; i++)
            builder.Sample([1, 2], 1);
        var path = Path.Combine(_dir, "cpu.pb.gz");
        File.WriteAllBytes(path, ProfileBuilder.Gzip(builder.Build()));
        Assert.Equal(InputStatus.Parsed, FullRun.Of(path).Input("cpu.pb").Status);
    }
}
