using Analyzer.Rules.Diagnostics;
using Analyzer.Rules.Engine;
using static Analyzer.Rules.Tests.Engine.EngineHarness;

namespace Analyzer.Rules.Tests.Engine;

/// <summary>
/// A literal pattern's syntax is checked when its rule loads; its linear-time matcher is built on first use, and the
/// authoring check (and an analysis with user rules) builds every one, so a construct only that engine refuses is
/// still a load error with its location.
/// </summary>
public sealed class PatternVerificationTests
{
    private const string Rule = """
        id: GO0001
        title: t
        symptom: go-panic
        severity: error
        match:
          i: { fact: EngItem }
        where: "i.name.matches('PATTERN')"
        message: "{{i.name}}"
        """;

    private static string With(string pattern) => Rule.Replace("PATTERN", pattern, StringComparison.Ordinal);

    [Fact]
    public void A_syntax_error_is_a_load_error()
    {
        var (rules, diagnostics, _) = Load(With("(unclosed"));
        Assert.Null(rules);
        Assert.Contains(diagnostics.Items, d => d.Code == "TRI0207" && d.Location.Line == 7);
    }

    [Theory]
    [InlineData("(?=a)b")]
    [InlineData("(?>a)b")]
    [InlineData("(?<!x)y")]
    public void What_only_the_linear_engine_refuses_is_reported_by_verification(string pattern)
    {
        var (rules, diagnostics, _) = Load(With(pattern));
        Assert.False(diagnostics.HasErrors); // the syntax is sound: an analysis of shipped rules would meet it on first use
        var verified = new DiagnosticBag();
        rules!.Verify(verified);
        var d = Assert.Single(verified.Items);
        Assert.Equal("TRI0207", d.Code);
        Assert.Equal(("rule1.yaml", 7), (d.Location.File, d.Location.Line));
        Assert.Contains("lookarounds", d.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unverified_refused_pattern_ends_its_rule_in_error_and_the_others_still_run()
    {
        var other = With("^a").Replace("GO0001", "GO0002", StringComparison.Ordinal);
        var (rules, _, _) = Load(With("(?=a)b"), other);
        var result = Run(rules!, Item("ab", "g", 1));
        Assert.Equal(RuleOutcomeKind.Error, result.Outcomes.Single(o => o.RuleId == "GO0001").Kind);
        Assert.Single(result.Findings, f => f.RuleId == "GO0002");
    }

    [Fact]
    public void A_pattern_is_matched_once_built()
    {
        var (rules, _, _) = Load(With("^ab+$"));
        var verified = new DiagnosticBag();
        rules!.Verify(verified);
        Assert.Empty(verified.Items);
        var result = Run(rules, Item("abbb", "g", 1), Item("abc", "g", 1, line: 2));
        Assert.Equal("abbb", Assert.Single(result.Findings).Message.Split(' ')[0]);
    }
}
