using Analyzer.Rules.Config;
using Analyzer.Rules.Diagnostics;
using static Analyzer.Rules.Tests.Engine.EngineHarness;

namespace Analyzer.Rules.Tests.Engine;

/// <summary>
/// Rule and config files that broke YamlDotNet itself: an InvalidOperationException out of its scanner and a stack
/// overflow (exit 134) from a file nested 100,000 deep. Both are now one TRI0001 diagnostic with file:line:col.
/// </summary>
public sealed class HostileYamlTests
{
    [Fact]
    public void A_flow_sequence_left_open_before_a_key_is_a_syntax_error_not_an_exception()
    {
        var (rules, diagnostics, _) = Load("a: [b\nc: d\n");
        Assert.Null(rules);
        var d = Assert.Single(diagnostics.Items);
        Assert.Equal("TRI0001", d.Code);
        Assert.Equal(("rule1.yaml", 1), (d.Location.File, d.Location.Line));
        Assert.StartsWith("YAML syntax error", d.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Operation is not valid", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[", "]")]
    [InlineData("{a: ", "}")]
    public void Nesting_100000_deep_is_refused_at_the_level_past_the_limit(string open, string close)
    {
        const int n = 100_000;
        var text = "a: " + string.Concat(Enumerable.Repeat(open, n)) + "1" + string.Concat(Enumerable.Repeat(close, n)) + "\n";
        var (rules, diagnostics, _) = Load(text);
        Assert.Null(rules);
        var d = Assert.Single(diagnostics.Items);
        Assert.Equal("TRI0001", d.Code);
        Assert.Contains("nested deeper than 64 levels", d.Message, StringComparison.Ordinal);
        Assert.Equal(1, d.Location.Line);
        // Level 1 is the document's mapping; the 64th bracket is level 65.
        Assert.Equal(4 + 63 * open.Length, d.Location.Column);
    }

    [Fact]
    public void Block_nesting_is_bounded_too()
    {
        var text = string.Concat(Enumerable.Range(0, 200).Select(i => new string(' ', i) + "k:\n")) + new string(' ', 200) + "v\n";
        var (_, diagnostics, _) = Load(text);
        Assert.Contains(diagnostics.Items, d => d.Code == "TRI0001" && d.Location.Line == 65);
    }

    [Fact]
    public void A_config_file_goes_through_the_same_checks()
    {
        var diagnostics = new DiagnosticBag();
        RuleConfig.Load("config.yaml", "rules: [x\ny: z\n", diagnostics);
        Assert.Equal("TRI0001", Assert.Single(diagnostics.Items).Code);
        diagnostics = new DiagnosticBag();
        RuleConfig.Load("config.yaml", "rules: " + new string('[', 50_000) + new string(']', 50_000), diagnostics);
        Assert.Contains("nested deeper", Assert.Single(diagnostics.Items).Message, StringComparison.Ordinal);
    }
}
