using System.Diagnostics;
using System.Formats.Tar;
using System.IO.Compression;
using System.Text.Json;
using Analyzer.Tests.Support;

namespace Analyzer.Tests.Cli;

/// <summary>
/// Issue 12.4, through the real process: '-' for stdin and stdout, the format from the output's extension, "did you
/// mean", help and usage, exit codes in --help, shell completion, --rules adding to the built-ins, progress only on a
/// terminal.
/// </summary>
public sealed class CommandLineHabitsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("triage-habits-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Fixture(string name) => Path.Combine(RepoPaths.Fixtures, name);

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement;

    [Fact]
    public void A_plain_file_on_stdin_is_one_input_named_stdin()
    {
        var dump = File.ReadAllBytes(Path.Combine(Fixture("go-nil-panic"), "stderr.txt"));
        var r = TriageProcess.RunWithStdin(dump, "analyze", "-", "--format", "json");
        Assert.Equal((0, ""), (r.ExitCode, r.Stderr));
        var json = Json(r.Stdout);
        Assert.Equal("userspace-crash", json.GetProperty("verdict").GetString());
        var input = Assert.Single(json.GetProperty("inputs").EnumerateArray());
        Assert.Equal("stdin", input.GetProperty("path").GetString());
        Assert.Equal("stdin", json.GetProperty("findings")[0].GetProperty("evidence")[0].GetProperty("path").GetString());

        var markdown = TriageProcess.RunWithStdin(dump, "analyze", "-");
        Assert.StartsWith("# Triage report: stdin", markdown.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_tar_stream_on_stdin_is_recognised_by_its_content(bool gzip)
    {
        var stream = new MemoryStream();
        if (gzip)
        {
            using var compressed = new GZipStream(stream, CompressionLevel.Fastest, leaveOpen: true);
            TarFile.CreateFromDirectory(Fixture("go-deadlock"), compressed, includeBaseDirectory: true);
        }
        else
        {
            TarFile.CreateFromDirectory(Fixture("go-deadlock"), stream, includeBaseDirectory: true);
        }
        var r = TriageProcess.RunWithStdin(stream.ToArray(), "analyze", "-", "-o", "-", "--format", "json");
        Assert.Equal(0, r.ExitCode);
        var json = Json(r.Stdout);
        Assert.Equal("userspace-crash", json.GetProperty("verdict").GetString());
        Assert.Contains(json.GetProperty("inputs").EnumerateArray(), i => i.GetProperty("path").GetString() == "go-deadlock/stderr.txt");
    }

    [Fact]
    public void Stdin_that_is_a_terminal_or_empty_is_said_plainly()
    {
        var empty = TriageProcess.RunWithStdin([], "analyze", "-", "--format", "json", "--fail-on", "incomplete");
        Assert.Equal(3, empty.ExitCode);
        Assert.Contains("stdin", empty.Stderr, StringComparison.Ordinal);
        Assert.Equal("inconclusive", Json(empty.Stdout).GetProperty("verdict").GetString());
    }

    [Fact]
    public void Output_dash_is_stdout_and_writes_no_file_named_dash()
    {
        var r = TriageProcess.Run("analyze", Fixture("go-healthy"), "-o", "-");
        Assert.Equal((0, ""), (r.ExitCode, r.Stderr));
        Assert.StartsWith("# Triage report: go-healthy", r.Stdout, StringComparison.Ordinal);
        Assert.False(File.Exists("-"));
    }

    [Theory]
    [InlineData("r.html", null, "<!DOCTYPE html>")]
    [InlineData("r.HTM", null, "<!DOCTYPE html>")]
    [InlineData("r.json", null, "{\n  \"schemaVersion\"")]
    [InlineData("r.sarif", null, "{\n  \"$schema\"")]
    [InlineData("r.md", null, "# Triage report")]
    [InlineData("r.txt", null, "# Triage report")]
    [InlineData("r.html", "json", "{\n  \"schemaVersion\"")]
    public void The_format_follows_the_output_extension_unless_format_says_otherwise(string name, string? format, string start)
    {
        var output = Path.Combine(_dir, name);
        string[] args = ["analyze", Fixture("go-healthy"), "-o", output, .. format is null ? Array.Empty<string>() : ["--format", format]];
        var r = TriageProcess.Run(args);
        Assert.Equal(0, r.ExitCode);
        Assert.StartsWith(start, File.ReadAllText(output).ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_command_gets_did_you_mean_and_the_tools_usage()
    {
        var r = TriageProcess.Run("anlyze", Fixture("go-healthy"));
        Assert.Equal(2, r.ExitCode);
        var errors = r.Stderr.Split('\n').Where(l => l.StartsWith("triage:", StringComparison.Ordinal)).ToList();
        Assert.Equal("triage: Unrecognized command or argument 'anlyze'. (did you mean 'analyze'?)", Assert.Single(errors));
        Assert.Contains("triage [command] [options]", r.Stderr, StringComparison.Ordinal);
        Assert.Equal("", r.Stdout);
    }

    [Fact]
    public void A_misspelt_option_is_one_error_with_did_you_mean_and_the_subcommands_usage()
    {
        var r = TriageProcess.Run("analyze", Fixture("go-healthy"), "--fromat", "json");
        Assert.Equal(2, r.ExitCode);
        var errors = r.Stderr.Split('\n').Where(l => l.StartsWith("triage:", StringComparison.Ordinal)).ToList();
        Assert.Equal("triage: Unrecognized command or argument '--fromat'. (did you mean '--format'?)", Assert.Single(errors));
        Assert.Contains("triage analyze <bundle> [options]", r.Stderr, StringComparison.Ordinal);
        Assert.Contains("Exit codes:", r.Stderr, StringComparison.Ordinal);

        var missing = TriageProcess.Run("analyze");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("triage analyze <bundle> [options]", missing.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Triage_alone_prints_the_help_on_stderr_with_exit_2()
    {
        var r = TriageProcess.Run();
        Assert.Equal(2, r.ExitCode);
        Assert.Equal("", r.Stdout);
        Assert.Contains("triage [command] [options]", r.Stderr, StringComparison.Ordinal);
        Assert.Contains("analyze <bundle>", r.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Required command", r.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("analyze", "--help")]
    [InlineData("rules", "test", "--help")]
    public void Help_lists_the_exit_codes(params string[] args)
    {
        var r = TriageProcess.Run(args);
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("Exit codes:", r.Stdout, StringComparison.Ordinal);
        foreach (var code in new[] { "0 ", "1 ", "2 ", "3 ", "70 " })
            Assert.Contains("\n  " + code, r.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Bash_completion_completes_commands_options_and_their_values()
    {
        if (OperatingSystem.IsWindows()) return;
        var bin = Directory.CreateDirectory(Path.Combine(_dir, "bin")).FullName;
        var wrapper = Path.Combine(bin, "triage");
        File.WriteAllText(wrapper, $"#!/bin/sh\nexec dotnet '{TriageProcess.Dll}' \"$@\"\n");
        File.SetUnixFileMode(wrapper, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var script = Path.Combine(_dir, "triage.bash");
        File.WriteAllText(script, TriageProcess.Run("completion", "bash").Stdout);

        Assert.Equal("analyze", Complete(bin, script, "triage ana"));
        Assert.Equal("--format", Complete(bin, script, "triage analyze x --form"));
        Assert.Equal("html json markdown sarif", Complete(bin, script, "triage analyze x --format "));
    }

    [Theory]
    [InlineData("zsh", "compdef _triage triage")]
    [InlineData("fish", "complete -c triage")]
    public void Zsh_and_fish_scripts_ask_triage_through_the_suggest_directive(string shell, string hook)
    {
        var r = TriageProcess.Run("completion", shell);
        Assert.Equal(0, r.ExitCode);
        Assert.Contains(hook, r.Stdout, StringComparison.Ordinal);
        Assert.Contains("[suggest:", r.Stdout, StringComparison.Ordinal);
        Assert.Equal(2, TriageProcess.Run("completion", "tcsh").ExitCode);
    }

    private static string Complete(string bin, string script, string line)
    {
        var words = line.Split(' ');
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.Environment["PATH"] = bin + ":" + Environment.GetEnvironmentVariable("PATH");
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(
            $"source '{script}'; COMP_LINE='{line}'; COMP_POINT={line.Length}; COMP_WORDS=({string.Join(' ', words.Select(w => $"'{w}'"))}); " +
            $"COMP_CWORD={words.Length - 1}; _triage_complete; echo \"${{COMPREPLY[*]}}\"");
        using var bash = Process.Start(start)!;
        var output = bash.StandardOutput.ReadToEnd();
        bash.WaitForExit();
        return string.Join(' ', output.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal));
    }

    private const string ExtraRule = """
        id: GO9998
        title: An extra rule
        symptom: go-panic
        severity: note
        match:
          p: { fact: GoPanic }
        message: "a panic, seen by a user rule"
        """;

    [Fact]
    public void Rules_adds_to_the_built_in_rules_and_no_builtin_rules_replaces_them()
    {
        var rules = Directory.CreateDirectory(Path.Combine(_dir, "mine")).FullName;
        File.WriteAllText(Path.Combine(rules, "GO9998.yaml"), ExtraRule);

        var added = Json(TriageProcess.Run("analyze", Fixture("go-nil-panic"), "--rules", rules, "--format", "json").Stdout);
        Assert.Equal(["GO0006", "GO9998"], added.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()).Order());
        Assert.Equal("userspace-crash", added.GetProperty("verdict").GetString());

        var only = Json(TriageProcess.Run("analyze", Fixture("go-nil-panic"), "--rules", rules, "--no-builtin-rules", "--format", "json").Stdout);
        Assert.Equal(["GO9998"], only.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()));
        Assert.Equal("inconclusive", only.GetProperty("verdict").GetString());

        var none = TriageProcess.Run("analyze", Fixture("go-nil-panic"), "--no-builtin-rules");
        Assert.Equal(2, none.ExitCode);
        Assert.Contains("--no-builtin-rules needs at least one --rules directory", none.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_user_rule_reusing_a_built_in_id_is_an_error_at_the_users_file()
    {
        var rules = Directory.CreateDirectory(Path.Combine(_dir, "mine")).FullName;
        File.WriteAllText(Path.Combine(rules, "clash.yaml"), ExtraRule.Replace("GO9998", "GO0006", StringComparison.Ordinal));
        var r = TriageProcess.Run("analyze", Fixture("go-nil-panic"), "--rules", rules);
        Assert.Equal(2, r.ExitCode);
        Assert.Matches(@"clash\.yaml:1:\d+: error TRI0105: rule id GO0006 is already used by .*GO0006", r.Stderr);
    }

    [Fact]
    public void Progress_shows_on_a_terminal_for_slow_work_and_never_in_a_pipe()
    {
        var dump = Path.Combine(Fixture("go-nil-panic"), "stderr.txt");
        var output = Path.Combine(_dir, "r.md");
        // stdin arrives after two seconds: the spooling is "work over a second".
        var command = $"(sleep 3; cat '{dump}') | dotnet '{TriageProcess.Dll}' analyze - -o '{output}'";

        var piped = Shell("sh", "-c", command);
        Assert.DoesNotContain("triage: reading", piped, StringComparison.Ordinal);
        Assert.DoesNotContain("triage: analyzing", piped, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b", piped, StringComparison.Ordinal);

        // script(1) gives the command a terminal: stderr is a tty there.
        var terminal = Shell("script", "-qec", command, "/dev/null");
        Assert.Matches("\rtriage: (reading standard input|analyzing)… [0-9]+ s\u001b\\[K", terminal);
        Assert.Contains("\r\u001b[K", terminal, StringComparison.Ordinal);
        Assert.StartsWith("# Triage report: stdin", File.ReadAllText(output), StringComparison.Ordinal);
    }

    private static string Shell(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return stdout + stderr.Result;
    }
}
