using Analyzer.Families.Go.Facts;
using Analyzer.Families.Go.Parsers.ServiceLog;
using Analyzer.Inventory;
using Analyzer.Tests.Support;

namespace Analyzer.Tests.Parsers.ServiceLog;

/// <summary>Leveled service logs in each layout: counted by level, errors grouped by pattern, claimed only when leveled.</summary>
public sealed class ServiceLogParserTests
{
    private static readonly ServiceLogParser Parser = new();

    [Theory]
    [InlineData("jujud-machine-0.log", "plain", 25L, 12L, 0L, 1L, 1L)]
    [InlineData("ipfs-daemon.log", "console", 17L, 8L, 1L, 0L, 2L)]
    [InlineData("controller-klog.log", "klog", 12L, 6L, 0L, 0L, 1L)]
    [InlineData("logrus-quiet.log", "logfmt", 7L, 0L, 0L, 1L, 0L)]
    [InlineData("zap-json.log", "json", 10L, 5L, 0L, 0L, 1L)]
    public void Each_layout_is_counted_by_level(string sample, string layout, long leveled, long errors, long fatals, long warnings, long patterns)
    {
        var run = HostParse.Sample(Parser, "ServiceLog", sample);
        Assert.Equal(InputStatus.Parsed, run.Status);
        var s = run.One<ServiceLogSummary>();
        Assert.Equal((layout, leveled, errors, fatals, warnings, patterns), (s.Layout, s.Leveled, s.Errors, s.Fatals, s.Warnings, s.ErrorPatterns));
        Assert.Equal("service-log", HostParse.Winner(sample, HostParse.SampleText("ServiceLog", sample)));
    }

    [Fact]
    public void Retries_of_one_failure_are_one_pattern_and_a_fatal_line_ranks_first()
    {
        var juju = HostParse.Sample(Parser, "ServiceLog", "jujud-machine-0.log").Of<ServiceLogPattern>().ToList();
        var retry = Assert.Single(juju);
        Assert.Equal((12L, 2), (retry.Count, retry.Provenance.Line));
        Assert.Contains("dial tcp #.#.#.#:#: i/o timeout", retry.Pattern, StringComparison.Ordinal);

        var ipfs = HostParse.Sample(Parser, "ServiceLog", "ipfs-daemon.log").Of<ServiceLogPattern>().ToList();
        Assert.Equal(["fatal", "error"], ipfs.OrderBy(p => p.Rank).Select(p => p.Level));
        // zap console: logger and caller are not part of the message.
        Assert.StartsWith("failed to send wantlist", ipfs.Single(p => p.Level == "error").Pattern, StringComparison.Ordinal);
    }

    [Theory]
    // Prose and kernel lines that say "error" in lower case, and lines without a time before the level word.
    [InlineData("[   12.345] ata1: error\n[   12.346] ata1: error\n[   12.347] ata1: error\n")]
    [InlineData("Error: cannot connect\nError: cannot connect\nError: cannot connect\n")]
    [InlineData("the ERROR count went up\nthe ERROR count went up\nthe ERROR count went up\n")]
    public void Text_that_only_mentions_errors_is_not_claimed(string text) =>
        Assert.NotEqual("service-log", HostParse.Winner("notes.txt", text));

    [Fact]
    public void A_log_with_a_few_leveled_lines_among_many_others_is_not_claimed_and_one_without_any_fails()
    {
        var mostlyProse = string.Concat(Enumerable.Repeat("some unrelated line of text\n", 20)) + "2026-12-03 05:10:01 ERROR x failed\n";
        Assert.NotEqual("service-log", HostParse.Winner("app.log", mostlyProse));
        Assert.Equal(InputStatus.Failed, HostParse.Text(Parser, "nothing leveled here\n").Status);
    }
}
