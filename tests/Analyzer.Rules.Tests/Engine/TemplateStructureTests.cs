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
    // Found by fuzzing the rules target: Handlebars.Net threw InvalidOperationException and ArgumentNullException.
    [InlineData("{{#if }}x{{/if}}", "'{{#if}}' needs a value, as in '{{#if x.field}}'")]
    [InlineData("{{#if i.name}}a{{else}}b{{else}}c{{/if}}", "a second '{{else}}' in '{{#if}}'")]
    public void A_broken_block_structure_is_a_load_error(string template, string problem)
    {
        Assert.Equal(problem, TemplateBlocks.Problem(template));
        var (rules, diagnostics, _) = Load(Rule.Replace("MESSAGE", template, StringComparison.Ordinal));
        Assert.Null(rules);
        Assert.Contains(diagnostics.Items, d => d.Code == "TRI0112" && d.Message.Contains(problem, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{{> header}}", "partials ('{{> header}}') are not supported")]
    [InlineData("{{#if (eq i.name 'x')}}y{{/if}}", "sub-expressions ('(helper …)' inside '{{…}}') are not supported")]
    [InlineData("{{lookup (i.name) 0}}", "sub-expressions ('(helper …)' inside '{{…}}') are not supported")]
    public void Partials_and_sub_expressions_fail_at_load_not_at_analyze(string template, string problem)
    {
        var (rules, diagnostics, _) = Load(Rule.Replace("MESSAGE", template, StringComparison.Ordinal));
        Assert.Null(rules);
        Assert.Contains(diagnostics.Items, d => d.Code == "TRI0112" && d.Message.Contains(problem, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(10_000)]
    [InlineData(100_000)]
    public void If_nested_ten_thousand_deep_is_refused_quickly(int depth)
    {
        var template = string.Concat(Enumerable.Repeat("{{#if i.name}}", depth)) + "x" + string.Concat(Enumerable.Repeat("{{/if}}", depth));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var (rules, diagnostics, _) = Load(Rule.Replace("MESSAGE", template, StringComparison.Ordinal));
        // Not a benchmark: the old quadratic walk took minutes at 100,000; a loaded CI core may take seconds for linear work.
        Assert.InRange(clock.Elapsed.TotalSeconds, 0, 60);
        Assert.Null(rules);
        Assert.Contains(diagnostics.Items, d => d.Code == "TRI0112" && d.Message.Contains("blocks nested deeper than 16 levels", StringComparison.Ordinal));
        var sixteen = string.Concat(Enumerable.Repeat("{{#if i.name}}", 16)) + "x" + string.Concat(Enumerable.Repeat("{{/if}}", 16));
        Assert.Null(Analyzer.Rules.Templates.TemplateBlocks.Problem(sixteen));
    }

    [Fact]
    public void Two_hundred_thousand_placeholders_are_refused_without_expanding_them()
    {
        var template = string.Concat(Enumerable.Repeat("{{i.name}}", 200_000));
        var before = GC.GetTotalAllocatedBytes();
        var (rules, diagnostics, _) = Load(Rule.Replace("MESSAGE", template, StringComparison.Ordinal));
        Assert.InRange(GC.GetTotalAllocatedBytes() - before, 0, 200L << 20);
        Assert.Null(rules);
        var d = Assert.Single(diagnostics.Items, d => d.Code == "TRI0112");
        Assert.Contains("more than 500 placeholders", d.Message, StringComparison.Ordinal);
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
        rules!.Verify(verified);
        Assert.False(verified.HasErrors);
        Assert.False(diagnostics.HasErrors);
    }

    [Fact]
    public void What_only_Handlebars_rejects_is_reported_by_the_authoring_check()
    {
        var (rules, diagnostics, _) = Load(Rule.Replace("MESSAGE", "{{i.name}} {{^i.value}}none{{/i.value}}", StringComparison.Ordinal));
        Assert.False(diagnostics.HasErrors); // the structure is sound: analysis would only meet it when the rule fires
        var verified = new DiagnosticBag();
        rules!.Verify(verified);
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

    [Theory]
    [InlineData("{{#if i.name}}a{{else if i.name}}b{{else}}c{{/if}}")]
    [InlineData("{{#unless i.name}}a{{else}}b{{/unless}}{{#each i.name}}c{{/each}}")]
    public void Else_if_chains_and_one_else_per_block_are_fine(string template) => Assert.Null(TemplateBlocks.Problem(template));

    [Fact]
    public void A_template_handlebars_fails_on_with_a_foreign_exception_is_a_compile_error_not_a_crash()
    {
        // The shape TemplateBlocks rejects first, compiled anyway: the compiler's own exception type is not
        // HandlebarsException, and it must still come back as the reason, not escape rules check.
        var template = new RuleTemplate(new Analyzer.Rules.Model.TemplateSource("{{#if i.name}}a{{else}}b{{else}}c{{/if}}", new SourceLocation("r.yaml", 1, 1)),
            HandlebarsDotNet.Handlebars.Create().Compile);
        Assert.StartsWith("the template does not compile", template.CompileError(), StringComparison.Ordinal);
    }
}
