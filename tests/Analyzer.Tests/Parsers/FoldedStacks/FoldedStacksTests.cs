using System.Text;
using Analyzer.Detection;
using Analyzer.Inventory;
using Analyzer.Families.Go.Parsers.FoldedStacks;
using Analyzer.Families.Go.Parsers.PerfScript;
using Analyzer.Tests.Parsers.PerfScript;

namespace Analyzer.Tests.Parsers.FoldedStacks;

/// <summary>Folded stacks in every variant formats.md §9.2 lists, with -top numbers worked out by hand.</summary>
public sealed class FoldedStacksTests
{
    private static StackTextHarness Sample(string name) => StackTextHarness.Sample(new FoldedStacksParser(), "FoldedStacks", name);
    private static StackTextHarness Run(string text) => StackTextHarness.Run(new FoldedStacksParser(), text);

    [Fact]
    public void Kernel_annotations_mark_frames_and_leave_the_name()
    {
        var run = Sample("flamegraph_test_results_perf-dd-stacks-01-collapsed-kernel.txt");
        Assert.Equal(InputStatus.Parsed, run.Context.Status);
        var p = run.Profile;
        Assert.Equal(("cpu", "folded", "samples/count", TimeSpan.Zero), (p.Kind, p.Format, p.DefaultSampleType, p.Duration));
        Assert.Equal(10 * 10_101_010L, p.Total);
        Assert.Equal(3 * 10_101_010L, run.Function("__srcu_read_unlock").Flat);
        Assert.Equal(6 * 10_101_010L, run.Function("sys_write").Cum);
        Assert.True(run.Tree.Nodes.First(n => n.Function == "sys_write").Kernel);
        Assert.False(run.Tree.Nodes.First(n => n.Function == "read").Kernel);
        Assert.DoesNotContain(run.Functions, f => f.Function.EndsWith("_[k]", StringComparison.Ordinal));
        Assert.Equal("dd", Assert.Single(run.Tree.Nodes, n => n.Depth == 0).Function);
    }

    [Theory]
    [InlineData("flamegraph_test_results_perf-dd-stacks-01-collapsed-pid.txt", "dd-?", 10 * 10_101_010L)]
    [InlineData("flamegraph_test_results_perf-iperf-collapsed-tid.txt", "iperf-27409/28741", -1L)]
    public void Process_prefixes_are_the_roots(string sample, string root, long total)
    {
        var run = Sample(sample);
        Assert.Contains(run.Tree.Nodes, n => n.Depth == 0 && n.Function == root);
        if (total > 0)
            Assert.Equal(total, run.Profile.Total);
        Assert.Equal(run.Profile.Total, run.Functions.Where(f => run.Tree.Nodes.Any(n => n.Depth == 0 && n.Function == f.Function)).Sum(f => f.Cum));
    }

    [Fact]
    public void Decimal_counts_round_and_jit_marks_are_dropped()
    {
        var run = Sample("variant_decimal_annotations.txt");
        Assert.Equal(13 + 7 + 3, run.Profile.Total);
        Assert.Equal(13, run.Function("java/lang/Thread:::run").Flat);
        Assert.True(run.Tree.Nodes.First(n => n.Function == "tty_write").Kernel);
    }

    [Fact]
    public void Differential_input_uses_the_second_count()
    {
        var run = Sample("variant_differential.txt");
        Assert.Equal(14 + 2 + 9, run.Profile.Total);
        Assert.Equal(16, run.Function("parse").Cum);
        Assert.Equal(9, run.Function("draw").Flat);
    }

    [Fact]
    public void Lines_that_are_not_stacks_are_counted()
    {
        var run = Sample("variant_garbage_lines.txt");
        Assert.Equal(InputStatus.Partial, run.Context.Status);
        Assert.Contains(run.Context.Problems, p => p.StartsWith("2 lines are not", StringComparison.Ordinal));
        Assert.Equal(15, run.Profile.Total);
        Assert.Equal("variant_garbage_lines.txt:3", run.Function("idle").Provenance.ToString());
    }

    [Fact]
    public void Nothing_readable_fails()
    {
        Assert.Equal(InputStatus.Failed, Run("").Context.Status);
        Assert.Equal(InputStatus.Failed, Run("no counts here\nat all\n").Context.Status);
    }

    [Fact]
    public void Over_long_lines_are_skipped_and_reported()
    {
        var run = Run("a;b 1\n" + string.Join(';', Enumerable.Repeat("frame", 30_000)) + " 5\n");
        Assert.Equal(InputStatus.Partial, run.Context.Status);
        Assert.Equal(1, run.Profile.Total);
    }

    public static TheoryData<string> Samples() =>
    [
        .. Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Parsers", "FoldedStacks", "samples"), "*.txt")
            .Select(Path.GetFileName).Where(n => n is not "SOURCE.txt" and not "variant_garbage_lines.txt").Select(n => n!),
    ];

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_sample_is_claimed_by_content_and_not_as_perf_script(string name)
    {
        var bytes = File.ReadAllBytes(StackTextHarness.SamplePath("FoldedStacks", name));
        Assert.Equal(DetectionConfidence.ContentAtStart, StackTextHarness.Detect(new FoldedStacksParser(), bytes, "whatever"));
        Assert.Equal(DetectionConfidence.None, StackTextHarness.Detect(new PerfScriptParser(), bytes, "whatever"));
    }

    [Theory]
    [InlineData("total 12\nused 4\n")] // "word number" lines without any caller
    [InlineData("goroutine profile: total 4\n4 @ 0x1 0x2\n")]
    [InlineData("a;b 1\nsome prose follows here\n")]
    public void Other_text_is_not_claimed(string text) =>
        Assert.Equal(DetectionConfidence.None, StackTextHarness.Detect(new FoldedStacksParser(), Encoding.UTF8.GetBytes(text)));
}
