using Analyzer.Rules.Engine;
using Analyzer.Rules.Model;
using static Analyzer.Rules.Tests.Engine.EngineHarness;

namespace Analyzer.Rules.Tests.Engine;

public sealed class EvaluationTests
{
    private static RuleSet Rules(params string[] yaml)
    {
        var (rules, diagnostics, _) = Load(yaml);
        Assert.True(rules is not null, string.Join("\n", diagnostics.Items));
        return rules!;
    }

    private static string Describe(EvaluationResult result) =>
        string.Join("; ", result.Outcomes.Select(o => $"{o.RuleId} {o.Kind} {o.Produced} {o.Reason}"))
        + " | " + string.Join("; ", result.Findings.Select(f => f.Message));

    [Fact]
    public void Where_filters_and_each_match_is_a_finding_with_its_evidence()
    {
        var rules = Rules("""
            id: TST0001
            title: Big items
            symptom: go-panic
            severity: error
            params:
              limit: { type: int, default: 10 }
            match:
              i: { fact: EngItem, where: "i.value > params.limit" }
            message: "{{i.name}} is {{i.value}} (over {{params.limit}})"
            next_steps: ["shrink {{i.name}}"]
            """);
        var result = Run(rules, Item("a", "g", 5, 1), Item("b", "g", 50, 2), Item("c", "h", 11, 3));
        Assert.Equal(["b is 50 (over 10)", "c is 11 (over 10)"], result.Findings.Select(f => f.Message));
        Assert.Equal(2, result.Findings[0].Evidence.Single().Line);
        Assert.Equal("shrink b", result.Findings[0].NextSteps.Single());
        Assert.Equal(Severity.Error, result.Findings[0].Severity);
        Assert.Equal(RuleOutcomeKind.Fired, result.Outcomes.Single().Kind);
    }

    [Fact]
    public void Config_overrides_params_severity_and_enablement()
    {
        const string rule = """
            id: TST0001
            title: Big items
            symptom: go-panic
            severity: error
            params:
              limit: { type: int, default: 10 }
            match:
              i: { fact: EngItem, where: "i.value > params.limit" }
            message: "{{i.name}}"
            """;
        var (tuned, d1, _) = LoadWithConfig("rules:\n  TST0001: { severity: note, params: { limit: 20 } }\n", rule);
        Assert.Empty(d1.Items);
        var result = Run(tuned!, Item("b", "g", 50), Item("c", "h", 11));
        Assert.Equal("b", Assert.Single(result.Findings).Message);
        Assert.Equal(Severity.Note, result.Findings[0].Severity);

        var (disabled, _, _) = LoadWithConfig("rules:\n  TST0001: { enabled: false }\n", rule);
        var outcome = Run(disabled!, Item("b", "g", 50)).Outcomes.Single();
        Assert.Equal(RuleOutcomeKind.Skipped, outcome.Kind);
        Assert.Equal("disabled by config", outcome.Reason);
    }

    [Fact]
    public void Hash_join_and_optional_binding_behave_like_a_left_join()
    {
        var rules = Rules("""
            id: TST0002
            title: Linked
            symptom: go-lock-contention
            severity: warning
            match:
              i: { fact: EngItem }
              l: { fact: EngLink, optional: true }
            join:
              - "l.from == i.name"
            message: "{{i.name}}{{#if l}} -> {{l.to}}{{else}} alone{{/if}}"
            evidence: [ { from: i }, { from: l } ]
            """);
        var result = Run(rules, Item("a", "g", 1), Item("b", "g", 2), Link("a", "x", 7), Link("a", "y", 8), Link("z", "q", 9));
        Assert.Equal(["a -> x", "a -> y", "b alone"], result.Findings.Select(f => f.Message).Order());
        Assert.Contains(result.Findings, f => f.Evidence.Any(e => e.Path == "links.txt" && e.Line == 7));
    }

    [Fact]
    public void Not_binding_keeps_only_rows_without_a_match()
    {
        var rules = Rules("""
            id: TST0003
            title: Unlinked
            symptom: go-lock-contention
            severity: warning
            match:
              i: { fact: EngItem }
              l: { fact: EngLink, not: true, where: "l.from == i.name" }
            message: "{{i.name}}"
            """);
        var result = Run(rules, Item("a", "g", 1), Item("b", "g", 2), Link("a", "x"));
        Assert.Equal("b", Assert.Single(result.Findings).Message);
    }

    [Fact]
    public void Group_by_with_aggregates_and_having()
    {
        var rules = Rules("""
            id: TST0004
            title: Heavy groups
            symptom: go-goroutine-leak
            severity: warning
            match:
              i: { fact: EngItem }
            group_by: [ "i.group" ]
            aggregate:
              n: count()
              total: sum(i.value)
              biggest: max(i.value)
              longest: max(i.wait)
              p50: percentile(i.value, 50)
              kinds: distinct(i.name)
            having: "total >= 10"
            message: "{{i.group}}: {{n}} items, total {{total}}, max {{biggest}}, p50 {{p50}}, {{kinds}} names, longest {{longest}}"
            evidence: [ { from: i, limit: 2 } ]
            """);
        var result = Run(rules, Item("a", "g", 1, 1, 3), Item("b", "g", 9, 2, 7), Item("c", "g", 4, 3), Item("d", "h", 2, 4));
        Assert.True(result.Findings.Count == 1, Describe(result));
        var finding = Assert.Single(result.Findings);
        Assert.Equal("g: 3 items, total 14, max 9, p50 4, 3 names, longest 7m", finding.Message);
        Assert.Equal(2, finding.Evidence.Count);
    }

    [Fact]
    public void Merge_by_folds_rows_of_one_problem_into_one_finding_citing_every_file()
    {
        // Per file a group (as per-capture rules group); the same name in two files is one problem.
        var rules = Rules("""
            id: TST0010
            title: Merged
            symptom: go-panic
            severity: warning
            match:
              i: { fact: EngItem }
            group_by: [ "i.group" ]
            order_by: [ "-i.value" ]
            aggregate:
              total: sum(i.value)
            merge_by: [ "threadFamily(i.name)" ]
            message: "{{i.name}} total {{total}}, {{merged}} row(s){{#if others}}, {{others}} other(s){{/if}}"
            evidence: [ { from: i, limit: 2 } ]
            """);
        var result = Run(rules,
            InFile(Item("z_wr_int_h/0", "a.txt", 1, 4), "a.txt"),
            InFile(Item("z_wr_int_h/1", "b.txt", 9, 7), "b.txt"),
            InFile(Item("other", "c.txt", 2, 2), "c.txt"));
        Assert.True(result.Findings.Count == 2, Describe(result));
        var merged = result.Findings.Single(f => f.Message.StartsWith("z_wr_int_h", StringComparison.Ordinal));
        Assert.Equal("z_wr_int_h/1 total 9, 2 row(s), 1 other(s)", merged.Message); // told from the first row in order
        Assert.Equal(["b.txt:7", "a.txt:4"], merged.Evidence.Select(e => e.ToString()));
        Assert.Equal("other total 2, 1 row(s)", result.Findings.Single(f => f != merged).Message);
    }

    [Fact]
    public void Evidence_quotes_every_file_before_filling_its_limit_from_the_first()
    {
        var rules = Rules("""
            id: TST0011
            title: All files
            symptom: go-panic
            severity: warning
            match:
              i: { fact: EngItem }
            group_by: [ "i.group" ]
            aggregate:
              n: count()
            message: "{{n}}"
            evidence: [ { from: i, limit: 2 } ]
            """);
        var result = Run(rules,
            InFile(Item("a", "g", 1, 1), "x.txt"), InFile(Item("b", "g", 1, 2), "x.txt"), InFile(Item("c", "g", 1, 3), "x.txt"),
            InFile(Item("d", "g", 1, 9), "y.txt"));
        Assert.Equal(["x.txt:1", "y.txt:9"], Assert.Single(result.Findings).Evidence.Select(e => e.ToString()));
    }

    [Fact]
    public void Merge_by_names_clash_with_a_binding()
    {
        var (rules, diagnostics, _) = Load("""
            id: TST0012
            title: Clash
            symptom: go-panic
            severity: warning
            match:
              merged: { fact: EngItem }
            merge_by: [ "merged.group" ]
            message: "{{merged.name}}"
            """);
        Assert.Null(rules);
        Assert.Contains(diagnostics.Items, d => d.Code == "TRI0108");
    }

    private static EngItem InFile(EngItem item, string path) =>
        item with { Provenance = item.Provenance with { Path = path } };

    [Fact]
    public void Derived_facts_feed_later_rules_in_dependency_order()
    {
        // Listed consumer-first on purpose: strata, not file order, decide who runs first.
        var consumer = """
            id: TST0006
            title: Tagged
            symptom: go-panic
            severity: note
            match:
              t: { fact: EngTag, where: "t.total > 5" }
            message: "tag {{t.name}} totals {{t.total}}"
            """;
        var producer = """
            id: TST0005
            title: Tag groups
            match:
              i: { fact: EngItem }
            group_by: [ "i.group" ]
            aggregate:
              total: sum(i.value)
            derive:
              fact: EngTag
              set: { name: "i.group", total: "total" }
            """;
        var rules = Rules(consumer, producer);
        var result = Run(rules, Item("a", "g", 4, 10), Item("b", "g", 3, 11), Item("c", "h", 1, 12));
        Assert.True(result.Findings.Count == 1, Describe(result));
        var finding = Assert.Single(result.Findings);
        Assert.Equal("tag g totals 7", finding.Message);
        Assert.Equal("items.txt", finding.Evidence.Single().Path); // derived facts inherit provenance
        Assert.Equal(2, result.Outcomes.Single(o => o.RuleId == "TST0005").Produced);
    }

    [Fact]
    public void Rules_needing_absent_evidence_are_skipped_not_passed()
    {
        var rules = Rules("""
            id: TST0007
            title: Links
            symptom: go-panic
            severity: error
            match:
              l: { fact: EngLink }
            message: "{{l.from}}"
            """);
        var skipped = Run(rules, Item("a", "g", 1)).Outcomes.Single();
        Assert.Equal(RuleOutcomeKind.Skipped, skipped.Kind);
        Assert.Contains("eng-links", skipped.Reason!, StringComparison.Ordinal);
        var passed = Evaluator.Evaluate(rules, new Facts.FactSet(Catalog, [], ["eng-links"])).Outcomes.Single();
        Assert.Equal(RuleOutcomeKind.Passed, passed.Kind);
    }

    [Fact]
    public void Findings_are_facts_for_later_rules()
    {
        var finder = """
            id: TST0008
            title: Big
            symptom: go-panic
            severity: error
            match:
              i: { fact: EngItem, where: "i.value > 1" }
            message: "{{i.name}}"
            """;
        var meta = """
            id: TST0009
            title: Count findings
            match:
              f: { fact: Finding, where: "f.symptom == 'go-panic'" }
            aggregate:
              n: count()
            having: "n > 0"
            derive:
              fact: EngTag
              set: { name: "'panics'", total: "n" }
            """;
        var result = Run(Rules(meta, finder), Item("a", "g", 2), Item("b", "g", 3));
        var tag = Assert.Single(result.DerivedByRule["TST0009"]);
        Assert.Equal(2, ((EngTag)tag).Total);
    }
}
