using System.Text.Json;
using Analyzer.Tests.Support;

namespace Analyzer.Tests.Cli;

/// <summary>The command line of docs/report-contract.md: formats, --output, --fail-on and the exit codes.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("triage-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Fixture(string name) => Path.Combine(RepoPaths.Fixtures, name);

    [Fact]
    public void Markdown_report_goes_to_stdout_and_exit_is_0()
    {
        var r = TriageProcess.Run("analyze", Fixture("go-nil-panic"), "--no-builtin-rules", "--rules", RepoPaths.Rules);
        Assert.Equal(0, r.ExitCode);
        Assert.StartsWith("# Triage report: go-nil-panic", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("**Verdict: `userspace-crash`**", r.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_report_is_one_self_contained_file()
    {
        var output = Path.Combine(_dir, "report.html");
        var r = TriageProcess.Run("analyze", Fixture("go-cpu-hot"), "--no-builtin-rules", "--rules", RepoPaths.Rules, "--format", "html", "--output", output);
        Assert.Equal(0, r.ExitCode);
        var html = File.ReadAllText(output);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<style>", html, StringComparison.Ordinal);
        Assert.Contains("class=\"flame\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<link", html, StringComparison.Ordinal);
        // One inline script (the flame graph's), nothing loaded from elsewhere.
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "<script"));
        Assert.Contains("<script>" + Analyzer.Reporting.Html.FlameScript.Text + "</script>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_report_follows_the_contract()
    {
        var output = Path.Combine(_dir, "report.json");
        var r = TriageProcess.Run("analyze", Fixture("go-lock-hang"), "--no-builtin-rules", "--rules", RepoPaths.Rules, "--format", "json", "--output", output);
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("", r.Stdout);
        using var doc = JsonDocument.Parse(File.ReadAllText(output));
        var root = doc.RootElement;
        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal("triage", root.GetProperty("tool").GetProperty("name").GetString());
        Assert.Equal("userspace-lockup", root.GetProperty("verdict").GetString());
        var finding = root.GetProperty("findings")[0];
        foreach (var key in new[] { "ruleId", "severity", "symptom", "title", "message", "evidence", "nextSteps" })
            Assert.True(finding.TryGetProperty(key, out _), key);
        var evidence = finding.GetProperty("evidence")[0];
        Assert.False(Path.IsPathRooted(evidence.GetProperty("path").GetString()));
        Assert.True(evidence.GetProperty("line").GetInt32() >= 1);
        foreach (var input in root.GetProperty("inputs").EnumerateArray())
        {
            Assert.Contains(input.GetProperty("status").GetString(), new[] { "parsed", "partial", "unrecognized", "failed", "skipped" });
            Assert.True(input.TryGetProperty("facts", out _));
            Assert.True(input.TryGetProperty("problems", out _));
        }
    }

    [Fact]
    public void Sarif_report_goes_to_stdout_with_the_fail_on_exit_code()
    {
        var r = TriageProcess.Run("analyze", Fixture("go-deadlock"), "--no-builtin-rules", "--rules", RepoPaths.Rules, "--format", "sarif", "--fail-on", "error");
        Assert.Equal(1, r.ExitCode);
        using var doc = JsonDocument.Parse(r.Stdout);
        Assert.Equal("2.1.0", doc.RootElement.GetProperty("version").GetString());
        var run = doc.RootElement.GetProperty("runs")[0];
        Assert.Equal("triage", run.GetProperty("tool").GetProperty("driver").GetProperty("name").GetString());
        Assert.Equal("userspace-crash", run.GetProperty("properties").GetProperty("verdict").GetString());
        var result = run.GetProperty("results")[0];
        Assert.Equal("error", result.GetProperty("level").GetString());
        Assert.StartsWith("GO", result.GetProperty("ruleId").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("go-healthy", "warning", 0)]
    [InlineData("go-goroutine-leak", "error", 0)]
    [InlineData("go-goroutine-leak", "warning", 1)]
    [InlineData("go-deadlock", "error", 1)]
    public void Fail_on_turns_findings_into_exit_1(string fixture, string level, int expected)
    {
        var r = TriageProcess.Run("analyze", Fixture(fixture), "--no-builtin-rules", "--rules", RepoPaths.Rules, "--format", "json", "--fail-on", level);
        Assert.Equal(expected, r.ExitCode);
    }

    [Fact]
    public void Fail_on_incomplete_is_exit_3_for_an_empty_bundle_and_says_why_on_stderr()
    {
        var empty = Directory.CreateDirectory(Path.Combine(_dir, "empty")).FullName;
        var r = TriageProcess.Run("analyze", empty, "--no-builtin-rules", "--rules", RepoPaths.Rules, "--format", "json", "--fail-on", "incomplete");
        Assert.Equal(3, r.ExitCode);
        Assert.Contains("incomplete evidence: empty: the bundle holds no file", r.Stderr, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(r.Stdout);
        Assert.Equal("empty-bundle", json.RootElement.GetProperty("incomplete")[0].GetProperty("kind").GetString());
        Assert.StartsWith("Nothing to examine", json.RootElement.GetProperty("verdictReason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_archive_is_said_on_stderr_even_without_fail_on_and_a_finding_outranks_it()
    {
        var bytes = File.ReadAllBytes(Fixture("go-service-journal.tar.gz"));
        var cut = Path.Combine(_dir, "cut.tar.gz");
        File.WriteAllBytes(cut, bytes[..(bytes.Length / 3)]);
        var plain = TriageProcess.Run("analyze", cut, "--no-builtin-rules", "--rules", RepoPaths.Rules);
        Assert.Equal(0, plain.ExitCode);
        Assert.Contains("incomplete evidence: cut.tar.gz: damaged:", plain.Stderr, StringComparison.Ordinal);
        Assert.Contains("cut.tar.gz is damaged", plain.Stdout, StringComparison.Ordinal);
        var incomplete = TriageProcess.Run("analyze", cut, "--no-builtin-rules", "--rules", RepoPaths.Rules, "--fail-on", "incomplete");
        Assert.Equal(3, incomplete.ExitCode);
        var whole = TriageProcess.Run("analyze", Fixture("go-deadlock"), "--no-builtin-rules", "--rules", RepoPaths.Rules, "--fail-on", "incomplete", "--fail-on", "error");
        Assert.Equal((1, ""), (whole.ExitCode, whole.Stderr.Trim()));
    }

    [Fact]
    public void Missing_bundle_is_exit_2_with_a_reason()
    {
        var r = TriageProcess.Run("analyze", Path.Combine(_dir, "nope.tar.gz"), "--no-builtin-rules", "--rules", RepoPaths.Rules);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("nope.tar.gz", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_rules_are_exit_2_with_file_line_col()
    {
        var rules = Path.Combine(_dir, "rules");
        Directory.CreateDirectory(rules);
        File.WriteAllText(Path.Combine(rules, "bad.yaml"), "id: GO9999\ntitle: Bad\nsymptom: go-panic\nseverity: error\nmatch:\n  p: { fact: GoPanic, where: \"p.mesage == 'x'\" }\nmessage: \"{{p.message}}\"\n");
        var r = TriageProcess.Run("rules", "check", "--rules", rules);
        Assert.Equal(2, r.ExitCode);
        Assert.Matches(@"bad\.yaml:6:33: error TRI0203: .*mesage", r.Stderr);
        Assert.Contains("did you mean 'message'?", r.Stderr, StringComparison.Ordinal);

        var analyze = TriageProcess.Run("analyze", Fixture("go-healthy"), "--rules", rules);
        Assert.Equal(2, analyze.ExitCode);
    }

    [Fact]
    public void A_template_only_Handlebars_rejects_still_stops_analyze_and_check_with_exit_2()
    {
        // Templates compile on first render for the shipped rules; rules brought with --rules are compiled whole.
        var rules = Path.Combine(_dir, "rules");
        Directory.CreateDirectory(rules);
        File.WriteAllText(Path.Combine(rules, "bad.yaml"), "id: GO9999\ntitle: Bad\nsymptom: go-panic\nseverity: error\nmatch:\n  p: { fact: GoPanic }\nmessage: \"{{^p.message}}none{{/p.message}}\"\n");
        foreach (var r in new[] { TriageProcess.Run("analyze", Fixture("go-healthy"), "--rules", rules), TriageProcess.Run("rules", "check", "--rules", rules) })
        {
            Assert.Equal(2, r.ExitCode);
            Assert.Matches(@"bad\.yaml:7:\d+: error TRI0112: template does not compile", r.Stderr);
        }
    }

    [Fact]
    public void Rules_test_ends_with_a_plain_count_line()
    {
        var r = TriageProcess.Run("rules", "test", "--rules", RepoPaths.Rules);
        Assert.Equal(0, r.ExitCode);
        Assert.Matches(@"(?m)^[0-9]+ passed, 0 failed$", r.Stdout);
    }

    [Fact]
    public void Rules_test_with_a_missing_or_non_regular_bundle_fails_that_test_with_the_reason()
    {
        var rules = Path.Combine(_dir, "rules");
        Directory.CreateDirectory(rules);
        var fifo = Path.Combine(_dir, "fifo");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [fifo])!) mkfifo.WaitForExit();
        File.WriteAllText(Path.Combine(rules, "t.yaml"), $$"""
            id: GO9999
            title: T
            symptom: go-panic
            severity: error
            match:
              p: { fact: GoPanic }
            message: "x"
            tests:
              - name: missing
                bundle: nope/missing-bundle
                expect: { fires: 0 }
              - name: fifo
                bundle: {{fifo}}
                expect: { fires: 0 }
              - name: device
                bundle: /dev/zero
                expect: { fires: 0 }
              - name: inline
                facts: []
                expect: { fires: 0 }
            """);
        var r = TriageProcess.Run("rules", "test", "--rules", rules);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("bundle 'nope/missing-bundle' could not be read: bundle not found", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("bundle is a fifo, not a file or directory", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("bundle is a character device, not a file or directory", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("1 passed, 3 failed", r.Stdout, StringComparison.Ordinal);
        Assert.Equal("", r.Stderr);

        var analyze = TriageProcess.Run("analyze", fifo, "--no-builtin-rules", "--rules", RepoPaths.Rules);
        Assert.Equal(2, analyze.ExitCode);
        Assert.Contains("bundle is a fifo", analyze.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_option_is_exit_2()
    {
        Assert.Equal(2, TriageProcess.Run("analyze", Fixture("go-healthy"), "--format", "yaml").ExitCode);
    }

    [Fact]
    public void Empty_output_is_exit_2_with_a_reason()
    {
        var r = TriageProcess.Run("analyze", Fixture("go-healthy"), "--no-builtin-rules", "--rules", RepoPaths.Rules, "--output", "");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--output needs a file name", r.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_equal_to_the_input_is_refused_and_the_input_kept()
    {
        var input = Path.Combine(_dir, "dump.txt");
        File.Copy(Path.Combine(Fixture("go-nil-panic"), "stderr.txt"), input);
        var before = File.ReadAllBytes(input);
        var r = TriageProcess.Run("analyze", input, "--no-builtin-rules", "--rules", RepoPaths.Rules, "--output", input);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("is the bundle being analyzed", r.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(input));

        // The same file reached through a link to it is the same input.
        var link = Path.Combine(_dir, "dump-link.txt");
        File.CreateSymbolicLink(link, input);
        Assert.Equal(2, TriageProcess.Run("analyze", link, "--no-builtin-rules", "--rules", RepoPaths.Rules, "--output", input).ExitCode);
        Assert.Equal(before, File.ReadAllBytes(input));
    }

    [Fact]
    public void A_symlinked_output_is_refused_and_its_target_untouched()
    {
        var victim = Path.Combine(_dir, "victim.txt");
        File.WriteAllText(victim, "precious");
        var link = Path.Combine(_dir, "report.md");
        File.CreateSymbolicLink(link, victim);
        var r = TriageProcess.Run("analyze", Fixture("go-healthy"), "--no-builtin-rules", "--rules", RepoPaths.Rules, "--output", link);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("symbolic link", r.Stderr, StringComparison.Ordinal);
        Assert.Equal("precious", File.ReadAllText(victim));
        Assert.NotNull(new FileInfo(link).LinkTarget);
    }

    [Fact]
    public void A_report_replaces_the_previous_one_whole_and_leaves_no_temporary_file()
    {
        var output = Path.Combine(_dir, "report.md");
        File.WriteAllText(output, new string('x', 100_000));
        var r = TriageProcess.Run("analyze", Fixture("go-healthy"), "--no-builtin-rules", "--rules", RepoPaths.Rules, "--output", output);
        Assert.Equal(0, r.ExitCode);
        Assert.StartsWith("# Triage report: go-healthy", File.ReadAllText(output), StringComparison.Ordinal);
        Assert.Equal(new[] { output }, Directory.GetFiles(_dir));
    }

    [Fact]
    public void A_write_that_fails_midway_keeps_the_previous_report()
    {
        // A full disk, simulated: the writer dies after half the report.
        var output = Path.Combine(_dir, "report.md");
        File.WriteAllText(output, "previous report");
        var e = Assert.Throws<IOException>(() => Analyzer.Cli.Commands.ReportOutput.Write(output, stream =>
        {
            stream.Write("# Triage report: half"u8);
            throw new IOException("No space left on device");
        }));
        Assert.Equal("No space left on device", e.Message);
        Assert.Equal("previous report", File.ReadAllText(output));
        Assert.Equal(new[] { output }, Directory.GetFiles(_dir));
    }

    [Fact]
    public void An_internal_error_is_exit_70_one_line_and_a_crash_file()
    {
        var stderr = new StringWriter();
        var code = Analyzer.Cli.Commands.CrashReport.Handle(MakeException(), ["analyze", "x"], stderr, _dir, printTrace: false);
        Assert.Equal(70, code);
        var line = Assert.Single(stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Matches(@"^triage: internal error \(InvalidOperationException\); details in .*triage-crash-.*\.txt\. ", line);
        var crash = Assert.Single(Directory.GetFiles(_dir, "triage-crash-*.txt"));
        var text = File.ReadAllText(crash);
        Assert.Contains("arguments: analyze x", text, StringComparison.Ordinal);
        Assert.Contains("boom", text, StringComparison.Ordinal);
        Assert.Contains(nameof(MakeException), text, StringComparison.Ordinal);
    }

    private static InvalidOperationException MakeException()
    {
        try
        {
            throw new InvalidOperationException("boom");
        }
        catch (InvalidOperationException e)
        {
            return e;
        }
    }
}
