using Analyzer.Cli.Commands;
using Analyzer.Rules.Diagnostics;
using Analyzer.Rules.Engine;
using Analyzer.Rules.Yaml;
using Analyzer.Tests.Support;
using Analyzer.Vocabulary;

namespace Analyzer.Tests.Cli;

/// <summary>
/// The built-in rules are built into the program: the pack embedded at build time holds exactly the rules of rules/
/// (every field and location, without their tests); the program needs no rule file beside it; a rule with an error
/// stops the build's rule packer at its file:line:col.
/// </summary>
public sealed class BuiltinRulesTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("triage-builtin-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void The_embedded_pack_holds_the_rules_of_the_rules_folder_without_their_tests()
    {
        var diagnostics = new DiagnosticBag();
        var fromText = RuleSet.Read([RepoPaths.Rules], Symptoms.All, diagnostics, displayRoot: Path.GetDirectoryName(RepoPaths.Rules));
        Assert.Empty(diagnostics.Items);
        var fromBuiltin = RuleSet.Read([], Symptoms.All, diagnostics, builtin: BuiltinRules.Pack);
        Assert.Empty(diagnostics.Items);

        Assert.Equal(RulePack.RuleFilesOf(RepoPaths.Rules).Count, BuiltinRules.Pack.Files.Count);
        Assert.Equal(fromText.Select(d => d.Id), fromBuiltin.Select(d => d.Id));
        Assert.All(fromBuiltin, d => Assert.StartsWith("rules/", d.File, StringComparison.Ordinal));
        Assert.Equal(fromText.Select(d => (d.File, d.Location.Line, d.Location.Column, d.Message?.Text, d.Where?.Text, d.Match.Count, d.Params.Count)),
            fromBuiltin.Select(d => (d.File, d.Location.Line, d.Location.Column, d.Message?.Text, d.Where?.Text, d.Match.Count, d.Params.Count)));
    }

    [Fact]
    public void The_program_alone_in_an_empty_folder_has_its_built_in_rules()
    {
        // Only the program's own files, no rules/ beside them: what a copied binary (or tool install) has.
        var lone = Directory.CreateDirectory(Path.Combine(_dir, "lone")).FullName;
        foreach (var file in Directory.EnumerateFiles(AppContext.BaseDirectory)
                     .Where(f => Path.GetFileName(f).StartsWith("triage.", StringComparison.Ordinal) || f.EndsWith(".dll", StringComparison.Ordinal)))
            File.Copy(file, Path.Combine(lone, Path.GetFileName(file)));
        Assert.False(Directory.Exists(Path.Combine(lone, "rules")));

        var run = Run(Path.Combine(lone, "triage.dll"), "analyze", Path.Combine(RepoPaths.Fixtures, "go-deadlock"), "--format", "json");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\"ruleId\": \"GO0005\"", run.Stdout, StringComparison.Ordinal);

        var list = Run(Path.Combine(lone, "triage.dll"), "rules", "list");
        Assert.Equal(0, list.ExitCode);
        Assert.Contains("GO0005", list.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_check_without_a_directory_compiles_the_built_in_rules_and_rules_test_asks_for_the_source()
    {
        var check = TriageProcess.Run("rules", "check");
        Assert.Equal(0, check.ExitCode);
        Assert.StartsWith($"{RulePack.RuleFilesOf(RepoPaths.Rules).Count} rules OK", check.Stdout, StringComparison.Ordinal);

        var test = TriageProcess.Run("rules", "test");
        Assert.Equal(2, test.ExitCode);
        Assert.Contains("--rules rules", test.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_rule_packer_refuses_a_rule_with_an_error_at_its_line_and_column_and_writes_nothing()
    {
        var rules = Directory.CreateDirectory(Path.Combine(_dir, "rules", "go")).FullName;
        File.WriteAllText(Path.Combine(rules, "GO9001.yaml"), """
            id: GO9001
            title: T
            symptom: go-panic
            severity: error
            match:
              p: { fact: GoPanik }
            message: "x"
            """);
        var output = Path.Combine(_dir, "out", "builtin-rules.pack");

        var refused = Run(Packer, Path.GetDirectoryName(rules)!, output);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("GO9001.yaml:6:14: error TRI0107", refused.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(output));

        File.WriteAllText(Path.Combine(rules, "GO9001.yaml"), File.ReadAllText(Path.Combine(rules, "GO9001.yaml")).Replace("GoPanik", "GoPanic", StringComparison.Ordinal));
        var packed = Run(Packer, Path.GetDirectoryName(rules)!, output);
        Assert.Equal(0, packed.ExitCode);
        var pack = RulePack.FromBuiltin(File.ReadAllBytes(output), "rules");
        Assert.NotNull(pack);
        Assert.Equal("go/GO9001.yaml", Assert.Single(pack.Files).RelativePath);
    }

    [Fact]
    public void A_damaged_built_in_pack_is_refused()
    {
        var rules = Directory.CreateDirectory(Path.Combine(_dir, "r")).FullName;
        File.Copy(Path.Combine(RepoPaths.Rules, "go", Path.GetFileName(Directory.GetFiles(Path.Combine(RepoPaths.Rules, "go"))[0])), Path.Combine(rules, "a.yaml"));
        using (var stream = File.Create(Path.Combine(rules, RulePack.FileName)))
            Assert.Empty(RulePack.Write(rules, Symptoms.All, stream));
        var bytes = File.ReadAllBytes(Path.Combine(rules, RulePack.FileName));
        Assert.NotNull(RulePack.FromBuiltin(bytes, "rules"));
        bytes[^10] ^= 0x20;
        Assert.Null(RulePack.FromBuiltin(bytes, "rules"));
    }

    private static string Packer => Path.Combine(AppContext.BaseDirectory, "Analyzer.RulePacker.dll");

    private static TriageProcess.Result Run(string dll, params string[] args) => TriageProcess.RunProgram(dll, null, args);
}
