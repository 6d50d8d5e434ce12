using Analyzer.Families.Go.Facts;
using Analyzer.Inventory;

namespace Analyzer.Tests.Parsers.GoStacks;

/// <summary>
/// A dump whose paste stops mid-line (the last line has no newline) before its last goroutine reaches its bottom
/// frame is kept, and the input says partial with where and why; a whole dump that merely lacks the final newline is not.
/// </summary>
public sealed class GoStacksCutTailTests
{
    private const string Panic = """
        panic: boom

        goroutine 1 [running]:
        main.explode(...)
        	/src/app/main.go:9
        main.main()
        	/src/app/main.go:5 +0x25

        goroutine 7 [chan receive, 2 minutes]:
        main.worker(0xc000012345)
        	/src/app/worker.go:31 +0x4a
        created by main.main in goroutine 1
        	/src/app/main.go:4 +0x1d
        """;

    [Fact]
    public void A_dump_cut_inside_a_function_line_keeps_its_goroutines_and_says_partial()
    {
        var r = GoStacksHarness.Sample("datadog_go1156_debug2_cut_mid_frame.txt");
        var dump = Assert.Single(r.Of<GoroutineDump>());
        Assert.True(dump.Truncated);
        Assert.Equal(3, dump.Goroutines);
        Assert.Equal(3, r.Of<GoroutineGroup>().Count);
        Assert.Equal(InputStatus.Partial, r.Context.Status);
        Assert.Contains("goroutine dump cut off mid-goroutine at line 28: the input ends inside goroutine 3's stack, "
            + "before its `created by` line or main.main (its last line is cut mid-line)", r.Context.Problems);
    }

    [Fact]
    public void A_dump_cut_inside_a_file_line_says_partial()
    {
        var cut = Panic[..Panic.IndexOf("/src/app/worker.go:3", StringComparison.Ordinal)] + "/src/app/wor";
        var r = GoStacksHarness.Run(cut);
        Assert.True(Assert.Single(r.Of<GoroutineDump>()).Truncated);
        Assert.Equal("boom", Assert.Single(r.Of<GoPanic>()).Message);
        Assert.Contains(r.Context.Problems, p => p.StartsWith("goroutine dump cut off mid-goroutine at line 11: the input ends inside goroutine 7's stack", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("\tcreated by main.main in gor", "`created by` line has no file line")]
    [InlineData("\tgoroutine 9 [sel", "a goroutine header cut mid-line")]
    public void A_dump_cut_at_a_creator_or_header_says_partial(string tail, string reason)
    {
        var cut = Panic[..Panic.IndexOf("created by", StringComparison.Ordinal)] + tail.TrimStart('\t');
        var r = GoStacksHarness.Run(cut);
        Assert.Equal(InputStatus.Partial, r.Context.Status);
        Assert.Contains(r.Context.Problems, p => p.Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public void A_panic_line_cut_before_any_goroutine_keeps_the_panic_and_says_partial()
    {
        var r = GoStacksHarness.Run("some log line\npanic: runtime error: invalid memory addr");
        Assert.Equal("runtime error: invalid memory addr", Assert.Single(r.Of<GoPanic>()).Message);
        Assert.Contains(r.Context.Problems, p => p.EndsWith("the input ends in the crash preamble, before any goroutine", StringComparison.Ordinal));
    }

    [Fact]
    public void A_whole_dump_without_the_final_newline_is_parsed()
    {
        var r = GoStacksHarness.Run(Panic.TrimEnd('\n'));
        Assert.False(Assert.Single(r.Of<GoroutineDump>()).Truncated);
        Assert.Empty(r.Context.Problems);
        var main = GoStacksHarness.Run(Panic[..Panic.IndexOf("\n\ngoroutine 7", StringComparison.Ordinal)]);
        Assert.Empty(main.Context.Problems);
    }

    [Fact]
    public void A_debug1_record_cut_before_its_frames_says_partial()
    {
        const string profile = "goroutine profile: total 3\n2 @ 0x43b296 0x44c11e\n#\t0x43b295\truntime.gopark+0xd5\t/go/src/runtime/proc.go:363\n\n1 @ 0x43b296 0x4";
        var r = GoStacksHarness.Run(profile);
        Assert.Contains(r.Context.Problems, p => p.EndsWith("the last profile record has no frames", StringComparison.Ordinal));
        var whole = GoStacksHarness.Run("goroutine profile: total 1\n1 @ 0x43b296 0x44c11e\n#\t0x43b295\truntime.gopark+0xd5\t/go/src/runtime/proc.go:363");
        Assert.Empty(whole.Context.Problems);
    }
}
