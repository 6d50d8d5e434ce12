using Analyzer.Reporting;
using Analyzer.Tests.Support;

namespace Analyzer.Tests.Reports;

/// <summary>
/// The Markdown report reads like one written by a person: a header saying what was analysed and by what, numbers in
/// plain right-aligned columns with binary byte units, real plurals, the skipped rules in one line unless asked for,
/// and a short summary for CI step summaries.
/// </summary>
public sealed class ReadableReportTests
{
    [Fact]
    public void Header_names_bundle_size_entries_tool_and_rules_but_no_time_unless_the_cli_recorded_it()
    {
        var report = FixtureReports.Of("go-gc-heavy");
        var markdown = MarkdownReportWriter.Render(report);
        var header = markdown.Split('\n')[2];
        Assert.StartsWith("Bundle `go-gc-heavy` · ", header, StringComparison.Ordinal);
        Assert.Matches(@" · \d+(\.\d+)? KiB · 14 entries · triage \d+\.\d+\.\d+ · \d+ rules$", header);
        Assert.DoesNotContain("analysed", markdown, StringComparison.Ordinal);

        var run = report with { Run = new AnalysisRun(new DateTimeOffset(2026, 12, 3, 5, 50, 12, TimeSpan.Zero), TimeSpan.FromMilliseconds(1420), "49606fa72e48") };
        var timed = MarkdownReportWriter.Render(run).Split('\n')[2];
        Assert.EndsWith("rules (digest `49606fa72e48`) · analysed 2026-12-03 05:50:12 UTC in 1.42 s", timed, StringComparison.Ordinal);
    }

    [Fact]
    public void Measurement_columns_are_plain_and_right_aligned_names_stay_code()
    {
        var markdown = MarkdownReportWriter.Render(FixtureReports.Of("go-gc-heavy"));
        Assert.Contains("| flat | flat% | sum% | cum | cum% | function |\n|---:|---:|---:|---:|---:|---|\n", markdown, StringComparison.Ordinal);
        Assert.Contains("| 1.01 s | 31.17% | 31.17% | 1.78 s | 54.94% | `runtime.scanobject` |", markdown, StringComparison.Ordinal);
        Assert.Contains("| 131.01 MiB | 80.04% |", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("MB |", markdown, StringComparison.Ordinal); // pprof's decimal-looking units are gone
    }

    [Fact]
    public void Renderer_sentences_use_real_plurals()
    {
        var markdown = MarkdownReportWriter.Render(FixtureReports.Of("go-gc-heavy"));
        Assert.Contains("2 findings (0 errors, 2 warnings, 0 notes) from 5 recognised inputs of 14.", markdown, StringComparison.Ordinal);
        Assert.Contains("74 rules: 4 fired, 12 passed, 58 skipped, 0 errors.", markdown, StringComparison.Ordinal);
        // The verdict rules' reasons too (authored in rules/verdict): "1 more finding", not "finding(s)".
        Assert.Contains("(and 1 more finding).", markdown, StringComparison.Ordinal);
        Assert.Equal("1 entry", Humanize.Count(1, "entry", "entries"));
        Assert.Equal("0 entries", Humanize.Count(0, "entry", "entries"));
    }

    [Fact]
    public void Skipped_rules_are_one_line_and_the_whole_table_with_verbose()
    {
        var report = FixtureReports.Of("go-gc-heavy");
        var folded = MarkdownReportWriter.Render(report);
        Assert.DoesNotContain("| Why skipped |", folded, StringComparison.Ordinal);
        Assert.Single(folded.Split('\n'), l => l.StartsWith("58 rules were skipped", StringComparison.Ordinal));
        Assert.DoesNotContain("`LUS0003`", folded, StringComparison.Ordinal);

        var verbose = MarkdownReportWriter.Render(report, new MarkdownOptions(Verbose: true));
        Assert.Contains("| Why skipped | Rules |", verbose, StringComparison.Ordinal);
        Assert.Contains("| no ftrace (FtraceSleep) evidence in the bundle | `LUS0003` |", verbose, StringComparison.Ordinal);
        Assert.DoesNotContain("56 rules were skipped", verbose, StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_is_short_verdict_counts_top_findings()
    {
        var summary = MarkdownSummaryWriter.Render(FixtureReports.Of("go-gc-heavy"));
        var lines = summary.TrimEnd('\n').Split('\n');
        Assert.True(lines.Length <= 12, summary);
        Assert.Equal("### triage: `performance-memory` — go-gc-heavy", lines[0]);
        Assert.StartsWith("2 findings (2 warnings) · 5 of 14 inputs recognised · Bundle `go-gc-heavy`", lines[4], StringComparison.Ordinal);
        Assert.Contains("| warning | `GO0010` | Garbage collector eating CPU or pausing long | `vars.json:1` (+1 more) |", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("## Inputs", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_says_what_was_not_read_and_counts_findings_beyond_the_top()
    {
        var dir = Directory.CreateTempSubdirectory("triage-summary-");
        try
        {
            // An archive cut short: the gap must be in the summary, not only in the full report.
            var bytes = File.ReadAllBytes(Path.Combine(RepoPaths.Fixtures, "go-service-journal.tar.gz"));
            var cut = Path.Combine(dir.FullName, "cut.tar.gz");
            File.WriteAllBytes(cut, bytes[..(bytes.Length / 2)]);
            var summary = MarkdownSummaryWriter.Render(Analyzer.Pipeline.Analysis.Run(cut, ShippedRules.Rules));
            Assert.Contains("**Not fully read** — the verdict rests on the rest:", summary, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
        var many = FixtureReports.Of("go-gc-heavy");
        var findings = Enumerable.Repeat(many.Findings[0], MarkdownSummaryWriter.TopFindings + 2).ToList();
        Assert.Contains("2 more findings in the full report.", MarkdownSummaryWriter.Render(many with { Findings = findings }), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0L, "0 B")]
    [InlineData(512L, "512 B")]
    [InlineData(1536L, "1.5 KiB")]
    [InlineData(161927376L, "154.43 MiB")]
    [InlineData(1L << 30, "1 GiB")]
    [InlineData(-2048L, "-2 KiB")]
    public void Bytes_are_binary_units(long bytes, string expected) => Assert.Equal(expected, Humanize.Bytes(bytes));

    [Theory]
    [InlineData(0.0004, "400 µs")]
    [InlineData(0.0125, "12.5 ms")]
    [InlineData(1.42, "1.42 s")]
    [InlineData(125, "2 min 5 s")]
    [InlineData(12000, "3 h 20 min")]
    public void Durations_take_the_largest_readable_unit(double seconds, string expected) =>
        Assert.Equal(expected, Humanize.Duration(TimeSpan.FromSeconds(seconds)));

    [Theory]
    [InlineData("7", true)]
    [InlineData("43.89%", true)]
    [InlineData("131.55 MiB", true)]
    [InlineData("2.62m/s", true)]
    [InlineData("100 / 100", true)]
    [InlineData("1953 · 1445", true)]
    [InlineData("1,234,567", true)]
    [InlineData("2m 34s", true)]
    [InlineData("2 GiB of 2 GiB (last)", true)]
    [InlineData("2 GiB – 31.4 GiB", true)]
    [InlineData("62 (ENOENT)", true)]
    [InlineData("avail 10 GiB (last)", false)]
    [InlineData("6, 8", false)]
    [InlineData("vda", false)]
    [InlineData("iostat-x-t.txt:48", false)]
    [InlineData("12, 13, 14, …", false)]
    [InlineData("0x1f", false)]
    [InlineData("1.22.3", false)]
    [InlineData("19:07:15", false)]
    [InlineData("", false)]
    public void Measurements_are_told_from_names(string cell, bool measurement) => Assert.Equal(measurement, NumericCell.Is(cell));
}
