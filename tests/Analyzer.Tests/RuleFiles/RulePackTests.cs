using System.Collections;
using System.Text;
using Analyzer.Pipeline;
using Analyzer.Rules.Diagnostics;
using Analyzer.Rules.Engine;
using Analyzer.Rules.Model;
using Analyzer.Rules.Yaml;
using Analyzer.Tests.Cli;
using Analyzer.Tests.Support;
using Analyzer.Vocabulary;

namespace Analyzer.Tests.RuleFiles;

/// <summary>
/// A rule pack is a cache of a directory's scanned YAML: rules read from it equal the rules read from the text (every
/// field and source location; only the embedded tests are left out), and a pack that no longer matches its files, is
/// damaged or was written while a file did not scan is never used.
/// </summary>
public sealed class RulePackTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("triage-pack-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string CopyOfShippedRules()
    {
        var target = Path.Combine(_dir, "rules");
        foreach (var file in RulePack.RuleFilesOf(RepoPaths.Rules))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(RepoPaths.Rules, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
        return target;
    }

    private static void Pack(string dir)
    {
        using var stream = File.Create(Path.Combine(dir, RulePack.FileName));
        Assert.Empty(RulePack.Write(dir, Symptoms.All, stream));
    }

    /// <summary>The pack of <paramref name="dir"/> (the shipped rules) is not used, and the rules come whole from the text.</summary>
    private static void AssertReadFromTheText(string dir)
    {
        Assert.Null(RulePack.TryRead(dir));
        var (rules, diagnostics) = Read(dir, usePacks: true);
        Assert.Equal(74, rules.Count);
        Assert.Empty(diagnostics.Items);
    }

    private static (IReadOnlyList<RuleDefinition> Rules, DiagnosticBag Diagnostics) Read(string dir, bool usePacks)
    {
        var diagnostics = new DiagnosticBag();
        return (RuleSet.Read([dir], Symptoms.All, diagnostics, usePacks: usePacks), diagnostics);
    }

    [Fact]
    public void The_shipped_rules_read_from_a_pack_equal_the_rules_read_from_their_text_without_tests()
    {
        var dir = CopyOfShippedRules();
        Pack(dir);
        Assert.NotNull(RulePack.TryRead(dir));

        var (fromText, textDiagnostics) = Read(dir, usePacks: false);
        var (fromPack, packDiagnostics) = Read(dir, usePacks: true);

        Assert.Empty(textDiagnostics.Items);
        Assert.Empty(packDiagnostics.Items);
        Assert.Equal(74, fromPack.Count);
        Assert.Contains(fromText, d => d.Tests.Count > 0);
        Assert.All(fromPack, d => Assert.Empty(d.Tests));
        Assert.Equal(fromText.Select(d => Describe(d with { Tests = [] })), fromPack.Select(d => Describe(d)));
    }

    [Fact]
    public void An_analysis_with_a_packed_rule_directory_gives_the_same_report()
    {
        var dir = CopyOfShippedRules();
        var bundle = Path.Combine(RepoPaths.Fixtures, "go-concurrent-map-writes");
        var plain = TriageProcess.Run("analyze", bundle, "--rules", dir, "--no-builtin-rules", "--format", "json", "-o", "-");
        Pack(dir);
        var packed = TriageProcess.Run("analyze", bundle, "--rules", dir, "--no-builtin-rules", "--format", "json", "-o", "-");
        Assert.Equal(0, packed.ExitCode);
        Assert.Equal(WithoutRunTimes(plain.Stdout), WithoutRunTimes(packed.Stdout));
    }

    [Fact]
    public void A_pack_that_no_longer_matches_its_files_is_not_used()
    {
        var dir = CopyOfShippedRules();
        Pack(dir);
        var file = RulePack.RuleFilesOf(dir)[0];
        File.WriteAllText(file, File.ReadAllText(file).Replace("\ntitle: ", "\ntitle: Edited ", StringComparison.Ordinal));

        Assert.Null(RulePack.TryRead(dir));
        var (rules, _) = Read(dir, usePacks: true);
        Assert.StartsWith("Edited ", rules[0].Title, StringComparison.Ordinal);
        Assert.Contains(rules, d => d.Tests.Count > 0); // read from the text
    }

    [Fact]
    public void A_rule_file_added_or_removed_after_packing_makes_the_pack_stale()
    {
        var dir = CopyOfShippedRules();
        Pack(dir);
        File.Delete(RulePack.RuleFilesOf(dir)[^1]);
        Assert.Null(RulePack.TryRead(dir));
        Pack(dir);
        File.Copy(RulePack.RuleFilesOf(dir)[0], Path.Combine(dir, "zz-extra.yml"));
        Assert.Null(RulePack.TryRead(dir));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    [InlineData(100)]
    [InlineData(5000)]
    public void A_damaged_pack_is_ignored_and_the_text_read(int keep)
    {
        var dir = CopyOfShippedRules();
        Pack(dir);
        var path = Path.Combine(dir, RulePack.FileName);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..Math.Min(keep, bytes.Length)]);

        AssertReadFromTheText(dir);
    }

    [Theory]
    [InlineData("id: GO9001\ntitle: [unclosed\n", "TRI0001")] // does not parse
    [InlineData("id: GO9001\ntitle: T\nsymptom: go-panic\nseverity: error\nmatch: { p: { fact: GoPanic } }\nmessage: x\nwhen: never\n", "TRI0101")] // a key rules do not have
    public void A_directory_with_a_file_that_does_not_load_is_never_read_from_its_pack_and_keeps_its_diagnostics(string yaml, string code)
    {
        var dir = Directory.CreateDirectory(Path.Combine(_dir, "broken")).FullName;
        File.WriteAllText(Path.Combine(dir, "a.yaml"), yaml);
        using (var stream = File.Create(Path.Combine(dir, RulePack.FileName)))
            Assert.NotEmpty(RulePack.Write(dir, Symptoms.All, stream));

        Assert.Null(RulePack.TryRead(dir));
        var (_, diagnostics) = Read(dir, usePacks: true);
        Assert.Equal(Read(dir, usePacks: false).Diagnostics.Items.Select(d => d.ToString()), diagnostics.Items.Select(d => d.ToString()));
        Assert.Contains(diagnostics.Items, d => d.Code == code && d.Location.File.EndsWith("a.yaml", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_errors_of_a_packed_rule_point_at_the_same_line_and_column_as_from_the_text()
    {
        var dir = Directory.CreateDirectory(Path.Combine(_dir, "user")).FullName;
        File.WriteAllText(Path.Combine(dir, "a.yaml"), """
            id: GO9001
            title: T
            symptom: go-panic
            severity: error
            match:
              p: { fact: GoPanik }
            message: "x"
            tests:
              - name: t
                facts: []
                expect: { fires: 0 }
            """);
        Pack(dir);
        var fromText = RuleLoading.Load([dir]);
        var fromPack = RuleLoading.Load([dir], usePacks: true);
        var d = Assert.Single(fromPack.Diagnostics.Items);
        Assert.Equal((6, 14, "TRI0107"), (d.Location.Line, d.Location.Column, d.Code));
        Assert.Equal(fromText.Diagnostics.Items.Select(x => x.ToString()), fromPack.Diagnostics.Items.Select(x => x.ToString()));
    }

    [Fact]
    public void Every_field_of_a_rule_comes_back_from_a_pack_as_it_was_read_from_the_text()
    {
        // The loader's shape checks only: the facts named need not exist (that is the compiler's check).
        var dir = Directory.CreateDirectory(Path.Combine(_dir, "every-field")).FullName;
        File.WriteAllText(Path.Combine(dir, "a.yaml"), """
            id: GO9001
            title: Every field
            symptom: go-panic
            severity: note
            description: A rule that uses each key.
            help: https://example.invalid/help
            tags: [one, two]
            params:
              limit: { type: int, default: 3, description: how many }
              ratio: { type: double, default: 0.25 }
              name: { type: string, default: worker }
              on: { type: bool, default: true }
              wait: { type: duration, default: 1h30m }
            match:
              a: { fact: A, where: "a.n > params.limit" }
              b: { fact: B, optional: true }
              c: { fact: C, not: true, where: c.x == a.x }
            join: [a.x == b.x]
            where: >
              a.n > 1 &&
              a.m < 2
            group_by: [a.x]
            order_by: [-a.n]
            aggregate:
              n: count()
              top: max(a.n)
              p99: percentile(a.n, 99.5)
            having: n > 0
            merge_by: [a.x]
            subjects: ["'x:' + a.x"]
            absorbs: [GO9002]
            message: "{{a.x}} seen {{n}} times"
            evidence: [a, { from: b, limit: 7 }]
            next_steps: ["look at {{a.x}}", "then {{b.x}}"]
            tests:
              - name: t
                facts: []
                expect: { fires: 0 }
            ---
            id: GO9002
            title: Derives
            match:
              a: { fact: A }
            derive:
              fact: D
              set:
                x: a.x
                y: "a.n * 2"
            """);
        Pack(dir);

        var diagnostics = new DiagnosticBag();
        var fromText = new RuleFileLoader(Symptoms.All).Load("a.yaml", File.ReadAllText(Path.Combine(dir, "a.yaml")), diagnostics);
        Assert.Empty(diagnostics.Items);
        var (fromPack, packDiagnostics) = Read(dir, usePacks: true);
        Assert.Empty(packDiagnostics.Items);
        Assert.Equal(2, fromPack.Count);
        Assert.Equal(fromText.Select(d => Describe(d with { Tests = [], File = "F" })).Select(t => t.Replace("a.yaml", "F", StringComparison.Ordinal)),
            fromPack.Select(d => Describe(d with { File = "F" }).Replace(d.File, "F", StringComparison.Ordinal)));
        var every = fromPack[0];
        Assert.Equal([typeof(long), typeof(double), typeof(string), typeof(bool), typeof(TimeSpan)], every.Params.Select(p => p.Default.GetType()));
        Assert.Equal([BindingKind.Required, BindingKind.Optional, BindingKind.Not], every.Match.Select(b => b.Kind));
        Assert.False(every.Where!.SingleLine);
        Assert.Equal(99.5, every.Aggregates[2].Percentile);
        Assert.Equal(7, every.Evidence[1].Limit);
        Assert.Equal(["x", "y"], fromPack[1].Derive!.Fields.Select(f => f.Field));
    }

    [Fact]
    public void A_pack_damaged_inside_a_rule_is_ignored_and_the_text_read()
    {
        var dir = CopyOfShippedRules();
        Pack(dir);
        var path = Path.Combine(dir, RulePack.FileName);
        var bytes = File.ReadAllBytes(path);
        bytes[^100] ^= 0x40; // inside the last file's rules, past every header field
        File.WriteAllBytes(path, bytes);

        AssertReadFromTheText(dir);
    }

    [Fact]
    public void Rules_pack_writes_the_pack_and_refuses_a_missing_directory()
    {
        var dir = CopyOfShippedRules();
        var r = TriageProcess.Run("rules", "pack", dir);
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("(74 rule files)", r.Stdout, StringComparison.Ordinal);
        Assert.NotNull(RulePack.TryRead(dir));
        Assert.Equal(2, TriageProcess.Run("rules", "pack", Path.Combine(_dir, "absent")).ExitCode);
    }

    [Fact]
    public void Rules_pack_refuses_rules_that_do_not_pass_rules_check()
    {
        var dir = CopyOfShippedRules();
        var file = RulePack.RuleFilesOf(dir).First(f => f.Contains("GO0006", StringComparison.Ordinal));
        // A misspelt field: the YAML scans, only compiling the rule finds it.
        File.WriteAllText(file, File.ReadAllText(file).Replace("p.message", "p.mesage", StringComparison.Ordinal));
        var r = TriageProcess.Run("rules", "pack", dir);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("TRI0", r.Stderr, StringComparison.Ordinal);
        Assert.Contains("mesage", r.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(dir, RulePack.FileName)));
    }

    [Fact]
    public void The_rules_digest_a_pack_stores_is_the_one_computed_from_its_files_and_is_used_only_while_it_matches()
    {
        var dir = CopyOfShippedRules();
        var computed = RuleFilesDigest.Of(RulePack.RuleFilesOf(dir));
        Pack(dir);
        var loaded = RuleLoading.Load([dir], usePacks: true);
        Assert.Single(loaded.Packs);
        Assert.Equal(computed, loaded.Packs[0].FilesDigest);
        Assert.Equal(computed, loaded.RulesDigest());

        var file = RulePack.RuleFilesOf(dir)[0];
        File.WriteAllText(file, File.ReadAllText(file).Replace("\ntitle: ", "\ntitle: Edited ", StringComparison.Ordinal));
        var edited = RuleLoading.Load([dir], usePacks: true);
        Assert.Empty(edited.Packs);
        Assert.NotEqual(computed, edited.RulesDigest());
        Assert.Equal(RuleFilesDigest.Of(RulePack.RuleFilesOf(dir)), edited.RulesDigest());
    }

    [Fact]
    public void A_pack_written_by_another_build_is_stale()
    {
        var dir = CopyOfShippedRules();
        Pack(dir);
        var path = Path.Combine(dir, RulePack.FileName);
        var bytes = File.ReadAllBytes(path);
        var stamp = Encoding.UTF8.GetBytes(RulePack.BuildStamp);
        var at = bytes.AsSpan().IndexOf(stamp);
        Assert.True(at > 0);
        bytes[at] ^= 0x01; // the same length, another build
        File.WriteAllBytes(path, bytes);
        Assert.Null(RulePack.TryRead(dir));
    }

    /// <summary>
    /// An analysis of the built-in rules from their pack compiles each rule when it is first evaluated; every fixture's
    /// report must equal the one from rules compiled at load (the approved reports).
    /// </summary>
    [Theory]
    [MemberData(nameof(FixtureReports.Names), MemberType = typeof(FixtureReports))]
    public void Every_fixture_reports_the_same_when_packed_rules_compile_on_first_use(string fixture)
    {
        var bundle = Path.Combine(RepoPaths.Fixtures, fixture);
        Assert.Equal(Json(Analysis.Run(bundle, ShippedRules.Rules)), Json(Analysis.Run(bundle, DeferredShippedRules.Value)));
    }

    private static readonly Lazy<RuleSet> DeferredShippedRules = new(() =>
    {
        // Packed in a scratch copy named like the repository's, so rule files are cited by the same paths.
        var root = Directory.CreateTempSubdirectory("triage-deferred-").FullName;
        try
        {
            var rules = Path.Combine(root, "rules");
            foreach (var file in RulePack.RuleFilesOf(RepoPaths.Rules))
            {
                var copy = Path.Combine(rules, Path.GetRelativePath(RepoPaths.Rules, file));
                Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
                File.Copy(file, copy);
            }
            Pack(rules);
            var loaded = RuleLoading.Load([rules], null, root, verify: false, usePacks: true);
            return loaded.Rules ?? throw new InvalidOperationException(string.Join("\n", loaded.Diagnostics.Items));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    });

    private static string Json(Analyzer.Reporting.ReportModel report)
    {
        using var buffer = new MemoryStream();
        Analyzer.Reporting.JsonReportWriter.Write(report, buffer);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string WithoutRunTimes(string json) =>
        string.Join('\n', json.Split('\n').Where(l => !l.Contains("\"startedAt\"", StringComparison.Ordinal) && !l.Contains("\"elapsedMs\"", StringComparison.Ordinal)));

    /// <summary>Every public property, recursively (lists item by item), as text.</summary>
    private static string Describe(object? value)
    {
        var text = new StringBuilder();
        Walk(value, text, 0);
        return text.ToString();
    }

    private static void Walk(object? value, StringBuilder text, int depth)
    {
        if (depth > 12) return;
        switch (value)
        {
            case null: text.Append("null"); return;
            case string s: text.Append('"').Append(s).Append('"'); return;
            case IEnumerable items:
                text.Append('[');
                foreach (var item in items) { Walk(item, text, depth + 1); text.Append(','); }
                text.Append(']');
                return;
        }
        var type = value.GetType();
        if (type.IsPrimitive || type.IsEnum || value is SourceLocation or TimeSpan or decimal or System.Reflection.MemberInfo or Delegate)
        {
            text.Append(value);
            return;
        }
        text.Append(type.Name).Append('{');
        foreach (var p in type.GetProperties().Where(p => p.GetIndexParameters().Length == 0).OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            text.Append(p.Name).Append('=');
            Walk(p.GetValue(value), text, depth + 1);
            text.Append(';');
        }
        text.Append('}');
    }
}
