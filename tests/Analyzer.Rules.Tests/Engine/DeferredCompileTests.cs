using Analyzer.Rules.Config;
using Analyzer.Rules.Diagnostics;
using Analyzer.Rules.Engine;
using Analyzer.Rules.Facts;
using Analyzer.Rules.Yaml;
using static Analyzer.Rules.Tests.Engine.EngineHarness;

namespace Analyzer.Rules.Tests.Engine;

/// <summary>
/// Rules known to compile (read from a rule pack) are placed in the set at load and compiled when first evaluated:
/// a rule skipped for want of evidence is never compiled, and a deferred rule that does not compile ends alone in
/// error with its file:line:col. Without deferral the same rule is a load error.
/// </summary>
public sealed class DeferredCompileTests
{
    // 'i.nmae' is a type error the header does not see: only compiling the where finds it.
    private const string Broken = """
        id: GO0001
        title: broken
        symptom: go-panic
        severity: error
        match:
          i: { fact: EngItem }
        where: "i.nmae == 'a'"
        message: "{{i.name}}"
        """;

    private const string Sound = """
        id: GO0002
        title: sound
        symptom: go-panic
        severity: error
        match:
          i: { fact: EngItem }
        where: "i.value > 1"
        message: "{{i.name}} is {{i.value}}"
        """;

    private const string OnLinks = """
        id: GO0003
        title: on links
        symptom: go-panic
        severity: error
        match:
          l: { fact: EngLink }
        where: "l.form == 'x'"
        message: "{{l.from}}"
        """;

    private static (RuleSet? Rules, DiagnosticBag Diagnostics) Compile(bool defer, RuleConfig? config = null, params string[] files)
    {
        var diagnostics = new DiagnosticBag();
        var loader = new RuleFileLoader(Symptoms);
        var definitions = files.SelectMany((text, i) => loader.Load($"rule{i + 1}.yaml", text, diagnostics)).ToList();
        var rules = RuleSet.Compile(definitions, Catalog, config ?? RuleConfig.Empty, diagnostics, deferred: defer ? _ => true : null);
        return (diagnostics.HasErrors ? null : rules, diagnostics);
    }

    [Fact]
    public void Without_deferral_a_rule_that_does_not_compile_is_a_load_error()
    {
        var (rules, diagnostics) = Compile(defer: false, null, Broken, Sound);
        Assert.Null(rules);
        Assert.Contains(diagnostics.Items, d => d.Code.StartsWith("TRI02", StringComparison.Ordinal) && d.Location.Line == 7);
    }

    [Fact]
    public void A_deferred_rule_that_does_not_compile_ends_alone_in_error_with_its_location()
    {
        var (rules, diagnostics) = Compile(defer: true, null, Broken, Sound);
        Assert.Empty(diagnostics.Items);
        var result = Run(rules!, Item("b", "g", 5));
        var error = Assert.Single(result.Outcomes, o => o.RuleId == "GO0001");
        Assert.Equal(RuleOutcomeKind.Error, error.Kind);
        Assert.Contains("rule1.yaml:7:", error.Reason, StringComparison.Ordinal);
        Assert.Equal("b is 5", Assert.Single(result.Findings).Message);
    }

    [Fact]
    public void A_deferred_rule_without_its_evidence_is_skipped_and_never_compiled()
    {
        var (rules, _) = Compile(defer: true, null, OnLinks, Sound);
        var result = Run(rules!, Item("b", "g", 5));
        var skipped = Assert.Single(result.Outcomes, o => o.RuleId == "GO0003");
        Assert.Equal(RuleOutcomeKind.Skipped, skipped.Kind); // compiling it would have been an error
        Assert.Contains("eng-links (EngLink)", skipped.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Deferred_and_compiled_rules_give_the_same_findings_and_outcomes()
    {
        var facts = new IFact[] { Item("a", "g", 1), Item("b", "g", 5), Item("c", "h", 9, line: 3) };
        var now = Run(Compile(defer: false, null, Sound).Rules!, facts);
        var later = Run(Compile(defer: true, null, Sound).Rules!, facts);
        Assert.Equal(now.Findings.Select(f => f.Message), later.Findings.Select(f => f.Message));
        Assert.Equal(now.Outcomes, later.Outcomes);
    }

    [Fact]
    public void Config_problems_and_unknown_fact_types_are_reported_at_load_even_when_deferred()
    {
        var configDiagnostics = new DiagnosticBag();
        var config = RuleConfig.Load("triage.yaml", "rules:\n  GO0002:\n    params:\n      nope: 3\n", configDiagnostics);
        Assert.Empty(configDiagnostics.Items);
        var (_, diagnostics) = Compile(defer: true, config, Sound);
        Assert.Contains(diagnostics.Items, d => d.Code == "TRI0302");

        var (_, typeDiagnostics) = Compile(defer: true, null, Sound.Replace("fact: EngItem", "fact: EngItme", StringComparison.Ordinal));
        Assert.Contains(typeDiagnostics.Items, d => d.Code == "TRI0107" && d.Hint!.Contains("EngItem", StringComparison.Ordinal));
    }
}
