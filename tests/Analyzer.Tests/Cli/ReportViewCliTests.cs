using Analyzer.Tests.Support;

namespace Analyzer.Tests.Cli;

/// <summary>The report views through the real process: the header's run line, --summary and --verbose.</summary>
public sealed class ReportViewCliTests
{
    private static string Fixture(string name) => Path.Combine(RepoPaths.Fixtures, name);

    [Fact]
    public void The_cli_report_header_says_when_it_ran_how_long_and_with_which_rules()
    {
        var r = TriageProcess.Run("analyze", Fixture("go-gc-heavy"), "--no-builtin-rules", "--rules", RepoPaths.Rules);
        Assert.Equal(0, r.ExitCode);
        var header = r.Stdout.Split('\n')[2];
        Assert.Matches(@"^Bundle `go-gc-heavy` · [\d.]+ KiB · 14 entries · triage \d+\.\d+\.\d+ · \d+ rules \(digest `[0-9a-f]{12}`\) · analysed \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC in [\d.]+ (ms|s)$", header);
        Assert.EndsWith("(markdown; verdict performance-memory, 2 findings)\n", TriageProcess.Run("analyze", Fixture("go-gc-heavy"), "--no-builtin-rules", "--rules", RepoPaths.Rules, "-o", Path.Combine(Path.GetTempPath(), $"triage-view-{Guid.NewGuid():N}.md")).Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_cli_json_report_carries_the_header_and_still_follows_the_schema()
    {
        var r = TriageProcess.Run("analyze", Fixture("go-gc-heavy"), "--no-builtin-rules", "--rules", RepoPaths.Rules, "--format", "json");
        Assert.Equal(0, r.ExitCode);
        using var doc = System.Text.Json.JsonDocument.Parse(r.Stdout);
        var bundle = doc.RootElement.GetProperty("bundle");
        Assert.Equal("go-gc-heavy", bundle.GetProperty("name").GetString());
        Assert.Equal(14, bundle.GetProperty("entries").GetInt32());
        Assert.True(bundle.GetProperty("bytes").GetInt64() > 0);
        var run = doc.RootElement.GetProperty("run");
        Assert.Matches("^[0-9a-f]{12}$", run.GetProperty("rulesDigest").GetString()!);
        Assert.True(run.GetProperty("elapsedMs").GetDouble() > 0);
        Assert.Empty(SchemaCheck.Errors(Reports.JsonReportSchemaTests.Schema.Value, r.Stdout));
    }

    [Fact]
    public void Summary_is_short_markdown_for_a_step_summary()
    {
        var r = TriageProcess.Run("analyze", Fixture("go-gc-heavy"), "--no-builtin-rules", "--rules", RepoPaths.Rules, "--summary");
        Assert.Equal(0, r.ExitCode);
        Assert.StartsWith("### triage: `performance-memory` — go-gc-heavy\n", r.Stdout, StringComparison.Ordinal);
        Assert.True(r.Stdout.Split('\n').Length < 20, r.Stdout);
        Assert.DoesNotContain("## Inputs", r.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_is_markdown_only()
    {
        var r = TriageProcess.Run("analyze", Fixture("go-gc-heavy"), "--no-builtin-rules", "--rules", RepoPaths.Rules, "--summary", "--format", "json");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--summary writes Markdown", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Verbose_lists_the_skipped_rules()
    {
        var plain = TriageProcess.Run("analyze", Fixture("go-gc-heavy"), "--no-builtin-rules", "--rules", RepoPaths.Rules);
        var verbose = TriageProcess.Run("analyze", Fixture("go-gc-heavy"), "--no-builtin-rules", "--rules", RepoPaths.Rules, "--verbose");
        Assert.DoesNotContain("| Why skipped | Rules |", plain.Stdout, StringComparison.Ordinal);
        Assert.Contains("| Why skipped | Rules |", verbose.Stdout, StringComparison.Ordinal);
    }
}
