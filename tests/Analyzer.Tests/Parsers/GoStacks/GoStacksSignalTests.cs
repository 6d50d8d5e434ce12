using Analyzer.Families.Go.Facts;
using Analyzer.Families.Go.Parsers.GoStacks;
using Analyzer.Tests.Support;

namespace Analyzer.Tests.Parsers.GoStacks;

/// <summary>A fatal signal's report (`SIGABRT: abort`, `PC=...`, the goroutines) is a crash, read like a fatal error.</summary>
public sealed class GoStacksSignalTests
{
    [Fact]
    public void A_real_sigabrt_dump_is_a_fatal_error_of_kind_signal()
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Fixtures, "go-sigabrt", "stderr.txt"));
        var run = GoStacksHarness.Run(text, "stderr.txt");
        var fatal = Assert.Single(run.Of<GoFatalError>());
        Assert.Equal(("SIGABRT: abort", "signal", 2), (fatal.Message, fatal.Kind, fatal.Provenance.Line));
        var dump = Assert.Single(run.Of<GoroutineDump>());
        Assert.Equal("fatal-error", dump.Kind);
        Assert.True(dump.Goroutines >= 8);
    }

    [Theory]
    [InlineData("SIGABRT: abort", true)]
    [InlineData("SIGSEGV: segmentation violation", true)]
    [InlineData("SIGBUS: bus error", true)]
    [InlineData("SIGQUIT: quit", false)]
    [InlineData("SIGTERM received, shutting down", false)]
    [InlineData("SIG: x", false)]
    [InlineData("SIGHUP: Reloading", false)]
    public void Signal_reports_are_told_from_log_lines(string line, bool report) => Assert.Equal(report, GoAnchors.IsSignalReport(line));
}
