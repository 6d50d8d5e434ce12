using System.Text.RegularExpressions;
using Analyzer.Pipeline;
using Analyzer.Rules.Templates;
using Analyzer.Tests.Support;
using HandlebarsDotNet;

namespace Analyzer.Tests.RuleFiles;

/// <summary>
/// The plain renderer against Handlebars.Net on every shipped template: with values of every kind a template gets
/// (strings, empty strings, nulls, booleans, records, empty records), whatever the plain renderer renders is what
/// Handlebars renders, once whitespace is folded as a message is. And every shipped template is plain, so no analysis
/// of the shipped rules compiles Handlebars.
/// </summary>
public sealed partial class PlainTemplateTests
{
    private static readonly IHandlebars Handlebars = HandlebarsDotNet.Handlebars.Create(new HandlebarsConfiguration { TextEncoder = ValueMarker.Instance });

    private static readonly Lazy<IReadOnlyList<string>> Shipped = new(() =>
        RuleLoading.Load([RepoPaths.Rules], null, RepoPaths.Root).Definitions
            .SelectMany(d => d.NextSteps.Prepend(d.Message!).Where(t => t is not null).Select(t => t.Text)).ToList());

    [GeneratedRegex(@"\{\{[#/^]?\s*(?:if|unless)?\s*(?<path>[A-Za-z_][A-Za-z0-9_.]*)\s*\}\}")]
    private static partial Regex PathTag();

    [Fact]
    public void Every_shipped_template_is_plain()
    {
        Assert.True(Shipped.Value.Count > 100, $"{Shipped.Value.Count} templates");
        Assert.All(Shipped.Value, t => Assert.NotNull(PlainTemplate.TryParse(ValueMarker.Strip(t))));
    }

    [Fact]
    public void Renders_every_shipped_template_as_Handlebars_does()
    {
        var random = new Random(20261204);
        var rendered = 0;
        foreach (var text in Shipped.Value)
        {
            var plain = PlainTemplate.TryParse(text)!;
            var compiled = Handlebars.Compile(text);
            var paths = PathTag().Matches(text).Select(m => m.Groups["path"].Value).Where(p => p is not ("else" or "if" or "unless")).Distinct().ToList();
            for (var round = 0; round < 40; round++)
            {
                var context = Context(paths, random);
                if (!plain.TryRender(context, out var output))
                    continue; // a value it leaves to Handlebars (a boolean printed, a path through text)
                rendered++;
                Assert.Equal(Fold(compiled(context)), Fold(output));
            }
        }
        Assert.True(rendered > Shipped.Value.Count * 10, $"only {rendered} renders compared");
    }

    [Theory]
    [InlineData("a {{s}} b", "a \uE000str\uE001 b")]
    [InlineData("a {{e}} b", "a  b")]
    [InlineData("a {{n}} b {{n.x}}", "a  b ")]
    [InlineData("{{#if s}}T{{else}}F{{/if}} {{#if e}}T{{else}}F{{/if}} {{#if n}}T{{/if}}", "T F ")]
    [InlineData("{{#if b}}T{{/if}}{{#if f}}F{{/if}}{{#unless f}}U{{/unless}}", "TU")]
    [InlineData("{{#if d}}{{d.s}}{{/if}}{{#if ed}}E{{/if}}{{#if d.e}}X{{else}}{{d.s}}{{/if}}", "\uE000x\uE001\uE000x\uE001")]
    [InlineData("{{  s  }}{{#if\ts}}!{{/if}}", "\uE000str\uE001!")]
    [InlineData("{{s}} \uE000forged\uE001", "\uE000str\uE001 \uE000forged\uE001")] // markers in the source are stripped before parsing, by the caller
    public void Renders_the_plain_part(string template, string expected)
    {
        var plain = PlainTemplate.TryParse(template);
        Assert.NotNull(plain);
        Assert.True(plain.TryRender(Values(), out var output));
        Assert.Equal(expected, output);
        Assert.Equal(Handlebars.Compile(template)(Values()), output);
    }

    [Theory]
    [InlineData("{{#each d}}{{this}}{{/each}}")]
    [InlineData("{{#with d}}{{s}}{{/with}}")]
    [InlineData("{{#if s}}a{{else if e}}b{{/if}}")]
    [InlineData("{{^s}}none{{/s}}")]
    [InlineData("{{! a comment }}{{s}}")]
    [InlineData("{{~s}}")]
    [InlineData("{{s~}}")]
    [InlineData("{{{s}}}")]
    [InlineData("{{&s}}")]
    [InlineData("{{> partial}}")]
    [InlineData("{{lookup d 's'}}")]
    [InlineData("{{this}}")]
    [InlineData("{{@index}}")]
    [InlineData("{{../s}}")]
    [InlineData("{{true}}")]
    [InlineData("\\{{s}}")]
    [InlineData("{{#if s}}open")]
    [InlineData("{{/if}}")]
    [InlineData("{{else}}")]
    [InlineData("{{#if s}}a{{/unless}}")]
    [InlineData("{{#if s x}}a{{/if}}")]
    public void Leaves_the_rest_of_Handlebars_to_Handlebars(string template) => Assert.Null(PlainTemplate.TryParse(template));

    [Theory]
    [InlineData("{{b}}")] // Handlebars prints a boolean as True/False, unmarked
    [InlineData("{{d}}")] // and a record as its pairs
    [InlineData("{{s.x}}")] // a path through text
    [InlineData("{{missing}}")] // a key the context does not have
    public void Leaves_a_value_it_does_not_print_as_Handlebars_does_to_Handlebars(string template)
    {
        var plain = PlainTemplate.TryParse(template);
        Assert.NotNull(plain);
        Assert.False(plain.TryRender(Values(), out _));
    }

    private static Dictionary<string, object?> Values() => new(StringComparer.Ordinal)
    {
        ["s"] = "str", ["e"] = "", ["n"] = null, ["b"] = true, ["f"] = false,
        ["d"] = new Dictionary<string, object?>(StringComparer.Ordinal) { ["s"] = "x", ["e"] = "" },
        ["ed"] = new Dictionary<string, object?>(StringComparer.Ordinal),
    };

    /// <summary>A context holding every path of the template, each root and field with a value of a random kind.</summary>
    private static Dictionary<string, object?> Context(IReadOnlyList<string> paths, Random random)
    {
        var context = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var parts = path.Split('.');
            if (parts.Length == 1)
            {
                if (!context.ContainsKey(parts[0]))
                    context[parts[0]] = Leaf(random);
                continue;
            }
            if (!context.TryGetValue(parts[0], out var root))
                context[parts[0]] = root = random.Next(5) == 0 ? null : new Dictionary<string, object?>(StringComparer.Ordinal);
            if (root is Dictionary<string, object?> record && !record.ContainsKey(parts[1]))
                record[parts[1]] = Leaf(random);
        }
        return context;
    }

    private static object? Leaf(Random random) => random.Next(10) switch
    {
        0 => null,
        1 => "",
        2 => "0",
        3 => "7m",
        4 => "a value, with  spaces .",
        5 => random.Next(2) == 0,
        6 => "main.(*Store).Put",
        7 => "false", // text, not a boolean: true for Handlebars
        8 => " ",
        _ => "x",
    };

    private static string Fold(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
}
