using HandlebarsDotNet;

namespace Analyzer.Rules.Templates;

/// <summary>A rule's message or next-step template, compiled once by Handlebars.Net.</summary>
internal sealed class RuleTemplate(string text, HandlebarsTemplate<object, object> compiled)
{
    public string Text { get; } = text;

    /// <summary>Renders and folds whitespace, so a YAML folded block reads as one paragraph.</summary>
    public string Render(IReadOnlyDictionary<string, object?> context)
    {
        var raw = compiled(context);
        return string.Join(' ', raw.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries))
            .Replace(" .", ".", StringComparison.Ordinal)
            .Replace(" ,", ",", StringComparison.Ordinal)
            .Replace(" ;", ";", StringComparison.Ordinal);
    }
}
