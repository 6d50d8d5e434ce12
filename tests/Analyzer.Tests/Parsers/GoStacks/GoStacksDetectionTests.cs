using System.Text;
using Analyzer.Detection;
using Analyzer.Families.Go.Parsers.GoStacks;

namespace Analyzer.Tests.Parsers.GoStacks;

public sealed class GoStacksDetectionTests
{
    private static EntryProbe Probe(string path, string text) => new(path, Encoding.UTF8.GetBytes(text), complete: true);

    [Theory]
    [InlineData("goroutine 1 [running]:\nmain.main()\n", DetectionConfidence.ContentAtStart)]
    [InlineData("\npanic: boom\n", DetectionConfidence.ContentAtStart)]
    [InlineData("2024-05-27T03:47:09.0116433Z goroutine 116 [runnable]:\n", DetectionConfidence.ContentAtStart)]
    [InlineData("$ go run main.go\nruntime: goroutine stack exceeds 1000000000-byte limit\n", DetectionConfidence.Content)]
    [InlineData("May  3 06:24:16 web01 app[1]: ok\nMay  3 06:24:17 web01 app[1]: fatal error: all goroutines are asleep - deadlock!\n", DetectionConfidence.Content)]
    [InlineData("goroutine profile: total 3\n", DetectionConfidence.None)]
    [InlineData("hello\nworld\n", DetectionConfidence.None)]
    public void Dump_parser_detects_anchors_after_prefix_stripping(string text, DetectionConfidence expected) =>
        Assert.Equal(expected, new GoStacksParser().Detect(Probe("logs/x.log", text)));

    [Theory]
    [InlineData("debug/pprof/goroutine?debug=2")]
    [InlineData("diag/ipfs.stacks")]
    [InlineData("juicefs.goroutine.stack.txt")]
    [InlineData("node1.stacks")]
    [InlineData("goroutines.txt")]
    [InlineData("goroutine")]
    public void Dump_parser_falls_back_to_names(string path) =>
        Assert.Equal(DetectionConfidence.Name, new GoStacksParser().Detect(Probe(path, "404 page not found\n")));

    [Fact]
    public void Profile_parser_claims_debug1_text()
    {
        var parser = new GoProfileTextParser();
        Assert.Equal(DetectionConfidence.ContentAtStart, parser.Detect(Probe("goroutine", "goroutine profile: total 10\n2 @ 0x1 0x2\n")));
        Assert.Equal(DetectionConfidence.Name, parser.Detect(Probe("pprof/goroutine?debug=1", "")));
        Assert.Equal(DetectionConfidence.None, parser.Detect(Probe("x", "goroutine 1 [running]:\n")));
        Assert.Equal(DetectionConfidence.None, new GoStacksParser().Detect(Probe("goroutine?debug=1", "")));
    }

    [Fact]
    public void Both_parsers_are_registered()
    {
        Assert.Contains(ParserRegistry.Default, p => p.Format == "go-goroutine-dump" && p.ScansUnclaimedText);
        Assert.Contains(ParserRegistry.Default, p => p.Format == "go-pprof-goroutine-text");
    }
}
