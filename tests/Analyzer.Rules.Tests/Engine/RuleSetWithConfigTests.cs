using Analyzer.Rules.Config;
using Analyzer.Rules.Diagnostics;
using Analyzer.Rules.Engine;
using static Analyzer.Rules.Tests.Engine.EngineHarness;

namespace Analyzer.Rules.Tests.Engine;

/// <summary>
/// A rule set under other config (what `rules test` does for each test with params) shares the compiled plans and
/// behaves exactly as the set compiled with that config.
/// </summary>
public sealed class RuleSetWithConfigTests
{
    private const string Rule = """
        id: GO0001
        title: t
        symptom: go-panic
        severity: error
        params:
          above: { type: int, default: 3 }
        match:
          i: { fact: EngItem }
        where: "i.value > params.above"
        message: "{{i.name}} above {{params.above}}"
        """;

    private static RuleConfig Config(string text)
    {
        var diagnostics = new DiagnosticBag();
        var config = RuleConfig.Load("triage.yaml", text, diagnostics);
        Assert.Empty(diagnostics.Items);
        return config;
    }

    [Fact]
    public void Params_severity_and_switch_from_config_match_a_set_compiled_with_that_config()
    {
        var items = new[] { Item("a", "g", 2), Item("b", "g", 5, line: 2), Item("c", "g", 9, line: 3) };
        var baseSet = Load(Rule).Rules!;
        Assert.Equal(2, Run(baseSet, items).Findings.Count);

        foreach (var text in new[]
                 {
                     "rules:\n  GO0001: { params: { above: 6 } }\n",
                     "rules:\n  GO0001: { severity: warning, params: { above: 1 } }\n",
                     "rules:\n  GO0001: { enabled: false }\n",
                 })
        {
            var diagnostics = new DiagnosticBag();
            var shared = baseSet.WithConfig(Config(text), diagnostics);
            Assert.Empty(diagnostics.Items);
            var compiled = LoadWithConfig(text, Rule).Rules!;
            var (a, b) = (Run(shared!, items), Run(compiled, items));
            Assert.Equal(b.Findings.Select(f => (f.Message, f.Severity)), a.Findings.Select(f => (f.Message, f.Severity)));
            Assert.Equal(b.Outcomes, a.Outcomes);
        }
        Assert.Equal(2, Run(baseSet, items).Findings.Count); // the base set is unchanged
    }

    [Fact]
    public void Unknown_rules_params_and_wrong_values_are_diagnostics()
    {
        var baseSet = Load(Rule).Rules!;
        var diagnostics = new DiagnosticBag();
        Assert.Null(baseSet.WithConfig(Config("rules:\n  GO0001: { params: { abvoe: 6 } }\n  GO0009: { enabled: false }\n"), diagnostics));
        Assert.Equal(["TRI0301", "TRI0302"], diagnostics.Items.Select(d => d.Code).Order());
        var wrong = new DiagnosticBag();
        Assert.Null(baseSet.WithConfig(Config("rules:\n  GO0001: { params: { above: many } }\n"), wrong));
        Assert.Equal("TRI0303", Assert.Single(wrong.Items).Code);
    }
}
