using Analyzer.Rules.Engine;
using Analyzer.Rules.Facts;
using static Analyzer.Rules.Tests.Engine.EngineHarness;

namespace Analyzer.Rules.Tests.Engine;

/// <summary>One finding per problem across rules: 'subjects' and 'absorbs'.</summary>
public sealed class AbsorptionTests
{
    // A generic rule (one finding per item) and a specific one (one finding per group, about all its items).
    private const string Generic = """
        id: TST0100
        title: Generic
        symptom: go-goroutine-leak
        severity: error
        match:
          i: { fact: EngItem }
        subjects: [ "'item:' + i.name" ]
        message: "item {{i.name}}"
        """;

    private const string Specific = """
        id: TST0101
        title: Specific
        symptom: go-lock-contention
        severity: warning
        match:
          i: { fact: EngItem, where: "i.group == 'g'" }
        group_by: [ "i.group" ]
        aggregate:
          n: count()
        subjects: [ "'item:' + i.name" ]
        absorbs: [ TST0100 ]
        message: "group {{i.group}} of {{n}}"
        """;

    // Counts the findings a verdict-like rule sees.
    private const string Counter = """
        id: TST0102
        title: Counter
        match:
          f: { fact: Finding }
        aggregate:
          n: count()
        derive:
          fact: EngTag
          set:
            name: "'findings'"
            total: "n"
        """;

    [Fact]
    public void A_finding_about_nothing_the_specific_one_does_not_cover_is_taken_in_with_its_evidence()
    {
        var (rules, diagnostics, _) = Load(Generic, Specific, Counter);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        var result = Run(rules!, Item("a", "g", 1, 1), Item("b", "g", 1, 2), Item("c", "h", 1, 3));

        // c (group h) is outside the specific finding's subjects: it stays on its own.
        Assert.Equal(["group g of 2", "item c"], result.Findings.Select(f => f.Message).Order(StringComparer.Ordinal));
        var kept = result.Findings.Single(f => f.RuleId == "TST0101");
        Assert.Equal(["item a", "item b"], kept.AllAbsorbed().Select(f => f.Message));
        Assert.Equal(["items.txt:1", "items.txt:2"], kept.Evidence.Select(e => e.ToString()).Distinct());
        // The problem is as severe as the worst report of it.
        Assert.Equal(Model.Severity.Error, kept.Severity);
        // Verdict rules count problems: 2 findings, not 4.
        var tag = Assert.IsType<EngTag>(Assert.Single(result.DerivedByRule["TST0102"]));
        Assert.Equal(2, tag.Total);
    }

    [Fact]
    public void Without_absorbs_or_with_a_subject_outside_nothing_is_merged()
    {
        var (plain, _, _) = Load(Generic, Specific.Replace("absorbs: [ TST0100 ]\n", "", StringComparison.Ordinal));
        Assert.Equal(3, Run(plain!, Item("a", "g", 1, 1), Item("b", "g", 1, 2)).Findings.Count);

        // The generic rule now speaks of two items at once, one of them outside the specific finding.
        var pair = Generic.Replace("subjects: [ \"'item:' + i.name\" ]", "subjects: [ \"'item:' + i.name\", \"'item:' + i.group\" ]", StringComparison.Ordinal);
        var (rules, diagnostics, _) = Load(pair, Specific);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        Assert.Equal(3, Run(rules!, Item("a", "g", 1, 1), Item("b", "g", 1, 2)).Findings.Count);
    }

    [Fact]
    public void Absorbing_an_unknown_rule_itself_or_a_rule_without_subjects_is_a_load_error()
    {
        var noSubjects = Generic.Replace("subjects: [ \"'item:' + i.name\" ]\n", "", StringComparison.Ordinal);
        var (_, diagnostics, _) = Load(noSubjects, Specific.Replace("absorbs: [ TST0100 ]", "absorbs: [ TST0100, TST0110, TST0101 ]", StringComparison.Ordinal));
        var codes = diagnostics.Items.Where(d => d.Code == "TRI0119").ToList();
        Assert.Contains(codes, d => d.Message.Contains("TST0100 has no 'subjects'", StringComparison.Ordinal));
        Assert.Contains(codes, d => d.Message.Contains("TST0110, which does not exist", StringComparison.Ordinal) && d.Hint == "did you mean 'TST0100'?");
        Assert.Contains(codes, d => d.Message.Contains("cannot absorb itself", StringComparison.Ordinal));
        Assert.All(codes, d => Assert.Equal("rule2.yaml", d.Location.File));
    }

    [Fact]
    public void A_subject_must_be_a_string()
    {
        var (_, diagnostics, _) = Load(Generic.Replace("'item:' + i.name", "i.value", StringComparison.Ordinal));
        Assert.Contains(diagnostics.Items, d => d.Code == "TRI0204");
    }
}
