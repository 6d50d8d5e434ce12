using Analyzer.Detection;
using Analyzer.Families;
using Analyzer.Pipeline;
using Analyzer.Rules.Documentation;
using Analyzer.Rules.Testing;
using Analyzer.Vocabulary;
using Analyzer.Tests.Support;

namespace Analyzer.Tests.RuleFiles;

/// <summary>
/// Meta-tests over rules/ and the parser registry: every rule has tests that fire and tests that stay quiet, ids
/// carry their family's prefix, every format has tests — and the rules' embedded tests run here too.
/// </summary>
public sealed class ShippedRuleTests
{
    private static readonly Lazy<RuleLoading.Loaded> Loaded = new(() => RuleLoading.Load([RepoPaths.Rules], null, RepoPaths.Root, verify: true));

    public static TheoryData<string> RuleIds()
    {
        var data = new TheoryData<string>();
        foreach (var d in Loaded.Value.Definitions) data.Add(d.Id);
        return data;
    }

    [Fact]
    public void Rules_load_without_diagnostics_and_every_template_compiles()
    {
        Assert.Empty(Loaded.Value.Diagnostics.Items);
        Assert.NotNull(Loaded.Value.Rules);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_has_tests_that_fire_and_tests_that_stay_quiet(string id)
    {
        var rule = Loaded.Value.Definitions.Single(d => d.Id == id);
        Assert.Contains(rule.Tests, t => t.Expect.Fires is > 0 || t.Expect.Fields.Count > 0 || t.Expect.MessageContains.Count > 0);
        Assert.Contains(rule.Tests, t => t.Expect.Fires == 0);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_id_carries_its_family_prefix(string id)
    {
        var rule = Loaded.Value.Definitions.Single(d => d.Id == id);
        var folder = rule.File.Replace('\\', '/').Split('/')[^2];
        // The verdict rules are the one folder that is not a family: they read findings, not evidence.
        var prefix = folder == "verdict" ? "VRD" : FamilyRegistry.All.SingleOrDefault(f => f.Name == folder)?.RulePrefix ?? $"(no family named {folder})";
        Assert.StartsWith(prefix, id, StringComparison.Ordinal);
        Assert.StartsWith(id + "-", Path.GetFileName(rule.File), StringComparison.Ordinal);
    }

    [Fact]
    public void Embedded_rule_tests_pass()
    {
        var runner = new RuleTestRunner(BundleFactReader.Catalog, path => BundleFactReader.Read(path).Facts, RepoPaths.Root, EnumeratedVocabulary.Fields);
        var failures = runner.Run(Loaded.Value.Definitions, Loaded.Value.Config)
            .Where(r => !r.Passed)
            .Select(r => $"{r.RuleId} {r.Name}: {string.Join("; ", r.Failures)}")
            .ToList();
        Assert.Empty(failures);
    }

    [Fact]
    public void Rule_catalogue_is_current() =>
        Approval.Verify(Path.Combine(RepoPaths.Root, "docs", "rules-catalog.md"), RuleCatalogWriter.Write(Loaded.Value.Definitions));

    [Fact]
    public void Every_registered_format_has_a_test_folder()
    {
        var testFolders = Directory.EnumerateDirectories(Path.Combine(RepoPaths.Root, "tests", "Analyzer.Tests", "Parsers")).Select(Path.GetFileName).ToHashSet();
        foreach (var parser in ParserRegistry.Default)
        {
            var folder = parser.GetType().Namespace!.Split('.').Last();
            Assert.True(testFolders.Contains(folder), $"{parser.Format} ({parser.GetType().Name}) has no tests/Analyzer.Tests/Parsers/{folder}/");
        }
    }
}
