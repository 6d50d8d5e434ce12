using System.Text.Json;
using Analyzer.Tests.Support;

namespace Analyzer.Tests.Cli;

/// <summary>Issue 12.3 through the real process: --baseline, --suppressions and `triage diff`.</summary>
public sealed class BaselineAndSuppressionTests : IDisposable
{
    private static readonly Lazy<Json.Schema.JsonSchema> Schema = new(() => SchemaCheck.Load(Path.Combine(RepoPaths.Root, "docs", "report.schema.json")));

    private readonly string _dir = Directory.CreateTempSubdirectory("triage-baseline-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Fixture(string name) => Path.Combine(RepoPaths.Fixtures, name);

    private string Report(string fixture, string name)
    {
        var path = Path.Combine(_dir, name);
        Assert.Equal(0, TriageProcess.Run("analyze", Fixture(fixture), "-o", path).ExitCode);
        return path;
    }

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement;

    [Theory]
    [InlineData("old.json")]
    [InlineData("old.sarif")]
    public void A_baseline_marks_findings_new_or_unchanged_and_lists_the_gone_ones(string baselineName)
    {
        var old = Report("go-lock-hang", baselineName);
        var same = TriageProcess.Run("analyze", Fixture("go-lock-hang"), "--baseline", old, "--format", "json");
        Assert.Equal(0, same.ExitCode);
        var json = Json(same.Stdout);
        Assert.All(json.GetProperty("findings").EnumerateArray(), f => Assert.Equal("unchanged", f.GetProperty("baselineState").GetString()));
        Assert.Equal(0, json.GetProperty("baseline").GetProperty("gone").GetArrayLength());
        Assert.Empty(SchemaCheck.Errors(Schema.Value, same.Stdout));

        var other = TriageProcess.Run("analyze", Fixture("go-nil-panic"), "--baseline", old, "--format", "json");
        var changed = Json(other.Stdout);
        Assert.All(changed.GetProperty("findings").EnumerateArray(), f => Assert.Equal("new", f.GetProperty("baselineState").GetString()));
        var gone = changed.GetProperty("baseline").GetProperty("gone");
        Assert.True(gone.GetArrayLength() > 0);
        Assert.Equal(Json(File.ReadAllText(Report("go-lock-hang", "again.json"))).GetProperty("findings")[0].GetProperty("fingerprint").GetString(),
            gone[0].GetProperty("fingerprint").GetString());
        Assert.Empty(SchemaCheck.Errors(Schema.Value, other.Stdout));
    }

    [Fact]
    public void Sarif_and_markdown_carry_the_baseline_state_too()
    {
        var old = Report("go-lock-hang", "old.json");
        var sarif = Json(TriageProcess.Run("analyze", Fixture("go-nil-panic"), "--baseline", old, "--format", "sarif").Stdout);
        var run = sarif.GetProperty("runs")[0];
        Assert.All(run.GetProperty("results").EnumerateArray(), r => Assert.Equal("new", r.GetProperty("baselineState").GetString()));
        Assert.True(run.GetProperty("properties").GetProperty("baseline").GetProperty("gone").GetArrayLength() > 0);

        var markdown = TriageProcess.Run("analyze", Fixture("go-nil-panic"), "--baseline", old).Stdout;
        Assert.Contains("## Since the baseline", markdown, StringComparison.Ordinal);
        Assert.Matches(@"Compared with `old\.json` \(verdict `userspace-lockup`\): 1 new, 0 unchanged, [1-9][0-9]* gone\.", markdown);
        Assert.Contains("Gone (in the baseline, not found now):", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_baseline_that_is_not_a_report_is_exit_2_before_any_analysis()
    {
        var notJson = Path.Combine(_dir, "notes.txt");
        File.WriteAllText(notJson, "not a report");
        var r = TriageProcess.Run("analyze", Fixture("go-healthy"), "--baseline", notJson);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("is not a JSON or SARIF report written by triage", r.Stderr, StringComparison.Ordinal);
        var otherJson = Path.Combine(_dir, "package.json");
        File.WriteAllText(otherJson, "{\"name\": \"x\"}");
        Assert.Contains("not a triage report", TriageProcess.Run("analyze", Fixture("go-healthy"), "--baseline", otherJson).Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_suppressed_finding_is_listed_apart_and_counts_for_neither_verdict_nor_fail_on()
    {
        var file = Path.Combine(_dir, "suppressions.yaml");
        File.WriteAllText(file, """
            suppressions:
              - rule: GO0005
                path: "*.txt"
                reason: the deadlock is the test case itself
                expires: 2999-12-31
            """);
        var plain = TriageProcess.Run("analyze", Fixture("go-deadlock"), "--format", "json", "--fail-on", "error");
        Assert.Equal(1, plain.ExitCode);
        var r = TriageProcess.Run("analyze", Fixture("go-deadlock"), "--format", "json", "--fail-on", "error", "--suppressions", file);
        Assert.Equal(0, r.ExitCode);
        var json = Json(r.Stdout);
        Assert.DoesNotContain(json.GetProperty("findings").EnumerateArray(), f => f.GetProperty("ruleId").GetString() == "GO0005");
        var suppressed = Assert.Single(json.GetProperty("suppressed").EnumerateArray());
        Assert.Equal("GO0005", suppressed.GetProperty("ruleId").GetString());
        Assert.Equal("the deadlock is the test case itself", suppressed.GetProperty("suppression").GetProperty("reason").GetString());
        Assert.NotEqual("userspace-crash", json.GetProperty("verdict").GetString());
        Assert.EndsWith("1 suppressed finding was not counted.", json.GetProperty("verdictReason").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, json.GetProperty("rules").EnumerateArray().Count(o => o.GetProperty("ruleId").GetString() == "GO0005" && o.GetProperty("outcome").GetString() == "fired"));
        Assert.Empty(SchemaCheck.Errors(Schema.Value, r.Stdout));

        // By fingerprint, as the JSON report gives it.
        var fingerprint = Json(plain.Stdout).GetProperty("findings")[0].GetProperty("fingerprint").GetString();
        File.WriteAllText(file, $"suppressions:\n  - fingerprint: \"{fingerprint}\"\n    reason: known\n");
        Assert.Equal(0, TriageProcess.Run("analyze", Fixture("go-deadlock"), "--fail-on", "error", "--suppressions", file).ExitCode);
    }

    [Fact]
    public void An_expired_suppression_suppresses_nothing_and_warns_on_stderr_and_in_the_report()
    {
        var file = Path.Combine(_dir, "suppressions.yaml");
        File.WriteAllText(file, "suppressions:\n  - rule: GO0005\n    reason: was accepted last year\n    expires: 2020-01-31\n");
        var r = TriageProcess.Run("analyze", Fixture("go-deadlock"), "--fail-on", "error", "--suppressions", file);
        Assert.Equal(1, r.ExitCode);
        Assert.Matches(@"triage: warning: the suppression at .*suppressions\.yaml:2:5 \(GO0005\) expired on 2020-01-31", r.Stderr);
        Assert.Contains("**Expired suppression**", r.Stdout, StringComparison.Ordinal);
        var json = Json(TriageProcess.Run("analyze", Fixture("go-deadlock"), "--format", "json", "--suppressions", file).Stdout);
        Assert.Equal("2020-01-31", json.GetProperty("expiredSuppressions")[0].GetProperty("expires").GetString());
        Assert.Equal(0, json.GetProperty("suppressed").GetArrayLength());
    }

    [Fact]
    public void A_broken_suppressions_file_is_exit_2_with_file_line_col()
    {
        var file = Path.Combine(_dir, "suppressions.yaml");
        File.WriteAllText(file, "suppressions:\n  - rule: GO0005\n    fingerprint: abc\n    reason: x\n    expires: soon\n");
        var r = TriageProcess.Run("analyze", Fixture("go-deadlock"), "--suppressions", file);
        Assert.Equal(2, r.ExitCode);
        Assert.Matches(@"suppressions\.yaml:2:5: error TRI0401: a suppression names either", r.Stderr);
        Assert.Matches(@"suppressions\.yaml:3:18: error TRI0402: fingerprint 'abc'", r.Stderr);
        Assert.Matches(@"suppressions\.yaml:5:14: error TRI0403: expires 'soon' is not a date", r.Stderr);
    }

    [Fact]
    public void Diff_of_two_reports_or_bundles_lists_new_and_gone_and_exits_1_on_new_findings()
    {
        var old = Report("go-lock-hang", "old.json");
        var now = Report("go-lock-hang-recaptured", "new.sarif");
        var same = TriageProcess.Run("diff", old, old);
        Assert.Equal(0, same.ExitCode);
        Assert.Matches(@"0 new, [1-9][0-9]* unchanged, 0 gone\.", same.Stdout);

        var bundles = TriageProcess.Run("diff", Fixture("go-lock-hang"), Fixture("go-nil-panic"), "--format", "json");
        Assert.Equal(1, bundles.ExitCode);
        var json = Json(bundles.Stdout);
        Assert.Equal("userspace-crash", json.GetProperty("new").GetProperty("verdict").GetString());
        Assert.Equal("GO0006", json.GetProperty("added")[0].GetProperty("ruleId").GetString());
        Assert.True(json.GetProperty("gone").GetArrayLength() > 0);

        var mixed = TriageProcess.Run("diff", old, now);
        Assert.StartsWith("# Triage diff: old.json → new.sarif", mixed.Stdout, StringComparison.Ordinal);
        Assert.Contains(mixed.ExitCode, new[] { 0, 1 });
        Assert.Equal(2, TriageProcess.Run("diff", old, Path.Combine(_dir, "missing")).ExitCode);
    }
}
