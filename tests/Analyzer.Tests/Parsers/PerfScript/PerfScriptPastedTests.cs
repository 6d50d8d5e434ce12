using System.Text;
using Analyzer.Detection;
using Analyzer.Families.Go.Facts;
using Analyzer.Families.Go.Parsers.FoldedStacks;
using Analyzer.Families.Go.Parsers.PerfScript;
using Analyzer.Inventory;

namespace Analyzer.Tests.Parsers.PerfScript;

/// <summary>
/// `perf script` output pasted into a form loses the TABs before its callchain frames: a line of the frame's shape
/// (address, symbol, DSO in parentheses) after a sample header is still a frame.
/// </summary>
public sealed class PerfScriptPastedTests
{
    public static TheoryData<string> Samples() =>
    [
        "flamegraph_test_perf-dd-stacks-01_head.txt",
        "flamegraph_test_perf-iperf-stacks-pidtid-01_head.txt",
        "flamegraph_test_perf-cycles-instructions-01_header_head.txt",
        "flamegraph_test_perf-rust-symoff_period_cycles_u.txt",
        "variant_comm_spaces_cpp_symbols.txt",
    ];

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_without_leading_whitespace_reads_the_same(string name)
    {
        var original = File.ReadAllText(StackTextHarness.SamplePath("PerfScript", name));
        var stripped = string.Join('\n', original.Split('\n').Select(l => l.TrimStart()));
        Assert.NotEqual(original, stripped);
        var bytes = Encoding.UTF8.GetBytes(stripped);
        Assert.Equal(DetectionConfidence.ContentAtStart, StackTextHarness.Detect(new PerfScriptParser(), bytes));
        Assert.Equal(DetectionConfidence.None, StackTextHarness.Detect(new FoldedStacksParser(), bytes));

        var before = StackTextHarness.Run(new PerfScriptParser(), original, name);
        var after = StackTextHarness.Run(new PerfScriptParser(), stripped, name);
        Assert.Equal(before.Context.Status, after.Context.Status);
        Assert.Equal(Describe(before.Profile), Describe(after.Profile));
        Assert.Equal(Describe(before.Functions), Describe(after.Functions));
        Assert.Equal(before.Stacks.Select(s => string.Join(";", s.Frames)), after.Stacks.Select(s => string.Join(";", s.Frames)));
    }

    [Fact]
    public void Unindented_kernel_frames_after_a_header_are_frames()
    {
        const string pasted = """
            kvstore 4211 [001] 88123.456789:   10101010 cpu-clock:
            ffffffff8101c5a1 native_write_msr ([kernel.kallsyms])
            ffffffff81a00e5b do_syscall_64 ([kernel.kallsyms])
            4a5b60 main.(*Store).Put (/usr/local/bin/kvstore)

            kvstore 4211 [001] 88123.466890:   10101010 cpu-clock:
            ffffffff81a00e5b do_syscall_64 ([kernel.kallsyms])
            4a5b60 main.(*Store).Put (/usr/local/bin/kvstore)
            """;
        var run = StackTextHarness.Run(new PerfScriptParser(), pasted);
        Assert.Equal(InputStatus.Parsed, run.Context.Status);
        Assert.Equal(2, run.Profile.Samples);
        Assert.Equal(10_101_010L, run.Function("native_write_msr").Flat);
        Assert.Equal(2 * 10_101_010L, run.Function("main.(*Store).Put").Cum);
        Assert.True(run.Tree.Nodes.Single(n => n.Function == "do_syscall_64").Kernel);
    }

    private static string Describe(GoProfile p) =>
        $"{p.Kind}|{p.DefaultSampleType}|{string.Join(',', p.SampleTypes)}|{p.Period}|{p.Duration}|{p.Total}|{p.Samples}|{p.Functions}|{p.Provenance.Line}";

    private static string[] Describe(IEnumerable<GoProfileFunction> functions) =>
        functions.Select(f => $"{f.Function}|{f.Flat}|{f.Cum}|{f.Provenance.Line}").ToArray();
}
