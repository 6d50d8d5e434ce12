using System.Text;
using Analyzer.Detection;
using Analyzer.Families.Go.Parsers.FoldedStacks;
using Analyzer.Families.Go.Parsers.PerfScript;

namespace Analyzer.Tests.Parsers.PerfScript;

public sealed class PerfScriptDetectionTests
{
    public static TheoryData<string> Samples() =>
    [
        .. Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Parsers", "PerfScript", "samples"), "*.txt")
            .Select(Path.GetFileName).Where(n => n != "SOURCE.txt").Select(n => n!),
    ];

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_sample_is_claimed_by_content_and_not_as_folded(string name)
    {
        var bytes = File.ReadAllBytes(StackTextHarness.SamplePath("PerfScript", name));
        Assert.Equal(DetectionConfidence.ContentAtStart, StackTextHarness.Detect(new PerfScriptParser(), bytes, "whatever"));
        Assert.Equal(DetectionConfidence.None, StackTextHarness.Detect(new FoldedStacksParser(), bytes, "whatever"));
    }

    [Theory]
    [InlineData("goroutine 1 [running]:\nmain.main()\n\t/app/main.go:10 +0x1d\n")]
    [InlineData("2026-11-29T10:00:00Z INFO listening on :8080\n2026-11-29T10:00:01Z INFO ready\n")]
    [InlineData("dd;read;sys_read 12\n")]
    [InlineData("Linux 6.1.0 (host) \t11/29/2026 \t_x86_64_\t(2 CPU)\n\navg-cpu:  %user   %nice %system\n")]
    public void Other_text_is_not_claimed(string text) =>
        Assert.Equal(DetectionConfidence.None, StackTextHarness.Detect(new PerfScriptParser(), Encoding.UTF8.GetBytes(text)));
}
