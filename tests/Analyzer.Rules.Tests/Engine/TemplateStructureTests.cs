using Analyzer.Rules.Diagnostics;
using Analyzer.Rules.Templates;
using static Analyzer.Rules.Tests.Engine.EngineHarness;

namespace Analyzer.Rules.Tests.Engine;

/// <summary>
/// Templates compile on first render, so their structure is checked at load and the authoring commands compile
/// them all: a broken template is still reported before any bundle is read.
/// </summary>
public sealed class TemplateStructureTests
{
    private const string Rule = """
        id: GO0001
        title: t
        symptom: go-panic
        severity: error
        match:
          i: { fact: EngItem }
        message: "MESSAGE"
        """;

    [Theory]
    [InlineData("{{#if i.name}}x", "'{{#if}}' is never closed")]
    [InlineData("x{{/if}}", "'{{/if}}' closes a block that was never opened")]
    [InlineData("{{#if i.name}}{{#each i.name}}x{{/if}}{{/each}}", "'{{/if}}' closes '{{#each}}'")]
    [InlineData("a {{i.name", "a '{{' is never closed by '}}'")]
    [InlineData("{{else}}", "'{{else}}' outside a block")]
    public void A_broken_block_structure_is_a_load_error(string template, string problem)
    {
        Assert.Equal(problem, TemplateBlocks.Problem(template));
        var (rules, diagnostics, _) = Load(Rule.Replace("MESSAGE", template, StringComparison.Ordinal));
        Assert.Null(rules);
        Assert.Contains(diagnostics.Items, d => d.Code == "TRI0112" && d.Message.Contains(problem, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{{#if i.name}}a{{else}}b{{/if}} {{i.group}} {{#unless i.value}}none{{/unless}}")]
    [InlineData("plain text")]
    public void Well_formed_templates_pass_and_compile(string template)
    {
        Assert.Null(TemplateBlocks.Problem(template));
        var (rules, diagnostics, _) = Load(Rule.Replace("MESSAGE", template, StringComparison.Ordinal));
        Assert.NotNull(rules);
        var verified = new DiagnosticBag();
        rules!.VerifyTemplates(verified);
        Assert.False(verified.HasErrors);
        Assert.False(diagnostics.HasErrors);
    }

    [Fact]
    public void What_only_Handlebars_rejects_is_reported_by_the_authoring_check()
    {
        var (rules, diagnostics, _) = Load(Rule.Replace("MESSAGE", "{{i.name}} {{^i.value}}none{{/i.value}}", StringComparison.Ordinal));
        Assert.False(diagnostics.HasErrors); // the structure is sound: analysis would only meet it when the rule fires
        var verified = new DiagnosticBag();
        rules!.VerifyTemplates(verified);
        Assert.Contains(verified.Items, d => d.Code == "TRI0112" && d.Location.File == "rule1.yaml");
    }

    [Theory]
    [InlineData("{{{i.name}}}")]
    [InlineData("a {{& i.name}} b")]
    [InlineData("{{#if i.name}}{{{~i.name~}}}{{/if}}")]
    public void A_placeholder_that_bypasses_the_value_encoder_is_a_load_error(string template)
    {
        var (rules, diagnostics, _) = Load(Rule.Replace("MESSAGE", template, StringComparison.Ordinal));
        Assert.Null(rules);
        Assert.Contains(diagnostics.Items, d => d.Code == "TRI0112" && d.Message.Contains("unescaped", StringComparison.Ordinal));
    }
}
