using System.Text.RegularExpressions;
using Analyzer.Rules.Diagnostics;
using Analyzer.Rules.Expressions;
using Analyzer.Rules.Model;
using HandlebarsDotNet;

namespace Analyzer.Rules.Templates;

/// <summary>
/// Compiles message templates and checks, at load time, that every <c>{{path}}</c> they use names a binding field,
/// an aggregate or a param: a misspelt reference is an error, never an empty string in a report.
/// </summary>
internal static partial class TemplateCompiler
{
    // Output is Markdown, HTML and JSON: values are not escaped here but bracketed (ValueMarker), and each renderer
    // escapes them for its own context (MessageText).
    private static readonly IHandlebars Handlebars = HandlebarsDotNet.Handlebars.Create(new HandlebarsConfiguration { TextEncoder = ValueMarker.Instance });
    private static readonly HashSet<string> Keywords = ["if", "unless", "each", "with", "else", "this", "lookup", "log"];

    [GeneratedRegex(@"\{\{\{?~?(?<body>[^{}]*?)~?\}?\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex Mustache();

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$", RegexOptions.CultureInvariant)]
    private static partial Regex PathToken();

    /// <summary>
    /// Checks <paramref name="source"/> (references, block structure) and returns it compiled on first render; adds the
    /// root names it reads (bindings, aggregates) to <paramref name="used"/>.
    /// </summary>
    public static RuleTemplate? Compile(TemplateSource source, ExpressionScope scope, DiagnosticBag diagnostics, ISet<string> used)
    {
        if (Unescaped(source.Text) is { } raw)
            diagnostics.Add("TRI0112", source.Location,
                $"template prints '{raw}' unmarked: a value in '{{{{{{x}}}}}}' or '{{{{&x}}}}' would reach the report unescaped; write '{{{{x}}}}'", First(source.Text));
        // A template over the placeholder limit is rejected before its placeholders are walked one by one.
        if (source.Text.AsSpan().Count("{{") <= TemplateBlocks.MaxPlaceholders)
            foreach (Match m in Mustache().Matches(source.Text))
                CheckReferences(m.Groups["body"].Value, source, scope, diagnostics, used);
        if (TemplateBlocks.Problem(source.Text) is { } problem)
        {
            diagnostics.Add("TRI0112", source.Location, $"template does not compile: {problem}", First(source.Text));
            return null;
        }
        return new RuleTemplate(source, Handlebars.Compile);
    }

    /// <summary>Compiles every template in <paramref name="templates"/> now and reports those Handlebars rejects.</summary>
    public static void Verify(IEnumerable<RuleTemplate> templates, DiagnosticBag diagnostics)
    {
        foreach (var template in templates)
            if (template.CompileError() is { } error)
                diagnostics.Add("TRI0112", template.Source.Location, $"template does not compile: {error}", First(template.Text));
    }

    /// <summary>The first triple-stash or <c>{{&amp;x}}</c>: both bypass the encoder, which is what keeps values apart.</summary>
    private static string? Unescaped(string text)
    {
        foreach (Match m in Mustache().Matches(text))
            if (m.Value.StartsWith("{{{", StringComparison.Ordinal) || m.Groups["body"].Value.TrimStart().StartsWith('&'))
                return m.Value;
        return null;
    }

    private static void CheckReferences(string body, TemplateSource source, ExpressionScope scope, DiagnosticBag diagnostics, ISet<string> used)
    {
        var text = body.Trim();
        if (text.Length == 0 || text[0] is '!' or '/' or '>') return;
        text = text.TrimStart('#', '^', '&');
        foreach (var token in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (Keywords.Contains(token) || token.StartsWith('@') || token.StartsWith("this", StringComparison.Ordinal) || !PathToken().IsMatch(token))
                continue;
            var parts = token.Split('.');
            var root = parts[0];
            used.Add(root);
            string? problem = null;
            string? hint = null;
            if (root == "params")
            {
                if (parts.Length < 2 || !scope.Params.ContainsKey(parts[1]))
                    (problem, hint) = ($"'{token}' is not a param of this rule", parts.Length > 1 ? DidYouMean.Suggest(parts[1], scope.Params.Keys) : null);
            }
            else if (scope.Bindings.TryGetValue(root, out var binding))
            {
                if (parts.Length > 1 && binding.Type is ExprType.Record rec && !rec.Shape.Fields.ContainsKey(parts[1]))
                    (problem, hint) = ($"'{parts[1]}' is not a field of {rec.Shape.Name}", DidYouMean.Suggest(parts[1], rec.Shape.Fields.Keys));
            }
            else if (!scope.Variables.ContainsKey(root))
            {
                (problem, hint) = ($"'{root}' is not a binding, aggregate or 'params'",
                    DidYouMean.Suggest(root, scope.Bindings.Keys.Concat(scope.Variables.Keys).Append("params")));
            }
            if (problem is not null)
                diagnostics.Add("TRI0112", Locate(source, token), $"template refers to {problem}", token, hint);
        }
    }

    private static Diagnostics.SourceLocation Locate(TemplateSource source, string token)
    {
        var index = source.Text.IndexOf(token, StringComparison.Ordinal);
        if (index < 0 || source.Text.AsSpan(0, index).Contains('\n')) return source.Location;
        return source.Location.Offset(index);
    }

    private static string First(string text) => text.Split('\n')[0];
}
