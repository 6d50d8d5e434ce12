using System.Text;
using Analyzer.Inventory;
using Analyzer.Families.Go.Parsers.PerfScript;

namespace Analyzer.Tests.Parsers.PerfScript;

/// <summary>Bad input ends as partial or failed with a reason, never as an exception or silent loss.</summary>
public sealed class PerfScriptRobustnessTests
{
    private static StackTextHarness Run(string text) => StackTextHarness.Run(new PerfScriptParser(), text);

    [Fact]
    public void Empty_input_fails_with_a_reason()
    {
        var run = Run("");
        Assert.Equal(InputStatus.Failed, run.Context.Status);
        Assert.Empty(run.Facts);
    }

    [Fact]
    public void Text_without_headers_fails()
    {
        var run = Run("hello\n\tworld\n");
        Assert.Equal(InputStatus.Failed, run.Context.Status);
    }

    [Fact]
    public void Garbage_between_samples_is_counted()
    {
        var run = Run("app 1 10.0: 100 cpu-clock: \n\t1 f (/a)\n\n%%garbage%%\n\tnot a frame\napp 1 10.5: 100 cpu-clock: \n\t1 g (/a)\n");
        Assert.Equal(InputStatus.Partial, run.Context.Status);
        Assert.Contains(run.Context.Problems, p => p.StartsWith("2 lines were neither", StringComparison.Ordinal));
        Assert.Equal(200, run.Profile.Total);
    }

    [Fact]
    public void Huge_line_is_cut_and_reported()
    {
        var text = "app 1 10.0: 100 cpu-clock: \n\t1 " + new string('x', 200_000) + " (/a)\n\t2 main (/a)\n";
        var run = Run(text);
        Assert.Equal(InputStatus.Partial, run.Context.Status);
        Assert.Contains(run.Context.Problems, p => p.Contains("over-long", StringComparison.Ordinal));
        Assert.Equal(100, run.Function("main").Cum);
    }

    [Fact]
    public void Truncated_in_the_middle_of_a_sample_keeps_what_was_read()
    {
        var run = Run("app 1 10.0: 100 cpu-clock: \n\t1 f (/a)\n\t2 main (/a)\n\napp 1 10.01: 100 cpu-clock: \n\t1 f (/a)\n\t2 ma");
        Assert.Equal(200, run.Profile.Total);
        Assert.Equal(200, run.Function("f").Flat);
    }

    [Fact]
    public void Binary_bytes_are_not_claimed()
    {
        var bytes = new byte[4096];
        new Random(3).NextBytes(bytes);
        Assert.Equal(Analyzer.Detection.DetectionConfidence.None, StackTextHarness.Detect(new PerfScriptParser(), bytes));
        var run = StackTextHarness.Run(new PerfScriptParser(), bytes, "x.bin");
        Assert.Equal(InputStatus.Failed, run.Context.Status);
    }

    [Fact]
    public void Many_distinct_stacks_stay_bounded()
    {
        var sb = new StringBuilder();
        for (var i = 0; i < 20_000; i++)
            sb.Append("app 1 ").Append((10 + i / 1000.0).ToString("F6", System.Globalization.CultureInfo.InvariantCulture)).Append(": 1000 cpu-clock: \n\t1 leaf").Append(i).Append(" (/a)\n\t2 mid").Append(i % 5000).Append(" (/a)\n\t3 main (/a)\n\n");
        var run = Run(sb.ToString());
        Assert.Equal(20_000_000, run.Profile.Total);
        Assert.True(run.Tree.Nodes.Count <= Analyzer.Families.Go.Stacks.StackTreeFacts.MaxNodes);
        Assert.Equal(20_000_000, run.Function("main").Cum);
        Assert.True(run.Functions.Count <= 100);
    }
}
