using System.Text;

namespace Analyzer.Rules.Templates;

/// <summary>
/// The plain part of Handlebars that rule templates are written in: <c>{{path}}</c>, <c>{{#if path}}</c>,
/// <c>{{#unless path}}</c> and <c>{{else}}</c>, rendered directly, with the output Handlebars.Net gives for it: a
/// non-empty string value marked (<see cref="ValueMarker"/>), an empty, null or absent one printing nothing; a string
/// true when non-empty, a record when it has fields. Handlebars.Net compiles a template through expression trees,
/// which Native AOT interprets: each first render cost about as much as the rest of a small analysis's rule work.
/// Anything else (other blocks, helpers, whitespace control, comments, escapes) is not parsed here, and a value this
/// renderer does not print the way Handlebars does (a boolean or a record printed as text, a path through a value
/// that is not a record) makes the render return false: the caller then renders with Handlebars.
/// </summary>
internal sealed class PlainTemplate
{
    private static readonly HashSet<string> Reserved =
        ["if", "unless", "each", "with", "else", "this", "lookup", "log", "true", "false", "null", "undefined", "helperMissing", "blockHelperMissing"];

    private readonly Node[] _nodes;

    private PlainTemplate(Node[] nodes) => _nodes = nodes;

    private abstract record Node;

    private sealed record Text(string Value) : Node;

    private sealed record Value(string[] Path) : Node;

    private sealed record Block(string[] Path, bool Unless, Node[] Then, Node[] Otherwise) : Node;

    /// <summary>The template when it is written in the plain part only, else null.</summary>
    public static PlainTemplate? TryParse(string text)
    {
        if (text.Contains("\\{{", StringComparison.Ordinal))
            return null; // an escaped mustache: Handlebars prints it as text
        var pos = 0;
        var nodes = Parse(text, ref pos, block: null, out _);
        return nodes is null ? null : new PlainTemplate(nodes);
    }

    /// <summary>Renders; false when a value met needs Handlebars' own printing.</summary>
    public bool TryRender(IReadOnlyDictionary<string, object?> context, out string output)
    {
        var text = new StringBuilder();
        var ok = Write(_nodes, context, text);
        output = ok ? text.ToString() : "";
        return ok;
    }

    /// <summary>
    /// The nodes up to the end of <paramref name="block"/>'s part (<paramref name="ended"/>: <c>else</c> or <c>/</c>)
    /// or of the text; null when something outside the plain part is met.
    /// </summary>
    private static Node[]? Parse(string text, ref int pos, string? block, out string? ended)
    {
        var nodes = new List<Node>();
        ended = null;
        while (pos < text.Length)
        {
            var open = text.IndexOf("{{", pos, StringComparison.Ordinal);
            if (open < 0)
            {
                nodes.Add(new Text(text[pos..]));
                pos = text.Length;
                break;
            }
            if (open > pos)
                nodes.Add(new Text(text[pos..open]));
            var close = text.IndexOf("}}", open + 2, StringComparison.Ordinal);
            if (close < 0)
                return null;
            var body = text[(open + 2)..close];
            pos = close + 2;
            // Triple-stash, whitespace control, unescaped, comments, partials and inverse sections are Handlebars'.
            if (body.Length == 0 || body[0] is '{' or '~' or '&' or '!' or '>' or '^' || body[^1] == '~' || (pos < text.Length && text[pos] == '}'))
                return null;
            var words = body.Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
            switch (words)
            {
                case ["else"]:
                    if (block is null)
                        return null;
                    ended = "else";
                    return [.. nodes];
                case [var end] when end.StartsWith('/'):
                    if (end[1..] != block)
                        return null;
                    ended = "/";
                    return [.. nodes];
                case ["#if" or "#unless", var argument]:
                    if (PathOf(argument) is not { } condition)
                        return null;
                    var name = words[0][1..];
                    var then = Parse(text, ref pos, name, out var thenEnded);
                    if (then is null || thenEnded is null)
                        return null;
                    Node[] otherwise = [];
                    if (thenEnded == "else")
                    {
                        var rest = Parse(text, ref pos, name, out var elseEnded);
                        if (rest is null || elseEnded != "/")
                            return null; // a second else, or an else if
                        otherwise = rest;
                    }
                    nodes.Add(new Block(condition, name == "unless", then, otherwise));
                    break;
                case [var token] when PathOf(token) is { } path:
                    nodes.Add(new Value(path));
                    break;
                default:
                    return null;
            }
        }
        return block is null ? [.. nodes] : null; // a block still open at the end
    }

    /// <summary>A dotted path of identifiers that Handlebars resolves in the context (no keyword, literal or helper).</summary>
    private static string[]? PathOf(string token)
    {
        var parts = token.Split('.');
        foreach (var part in parts)
        {
            if (part.Length == 0 || !(char.IsAsciiLetter(part[0]) || part[0] == '_'))
                return null;
            foreach (var c in part)
                if (!(char.IsAsciiLetterOrDigit(c) || c == '_'))
                    return null;
        }
        return Reserved.Contains(parts[0]) ? null : parts;
    }

    private static bool Write(Node[] nodes, IReadOnlyDictionary<string, object?> context, StringBuilder text)
    {
        foreach (var node in nodes)
        {
            switch (node)
            {
                case Text t:
                    text.Append(t.Value);
                    break;
                case Value v:
                    if (!Resolve(context, v.Path, out var value) || value is not (null or string))
                        return false;
                    if (value is string { Length: > 0 } s)
                        text.Append(ValueMarker.Open).Append(ValueMarker.Strip(s)).Append(ValueMarker.Close);
                    break;
                case Block b:
                    if (!Resolve(context, b.Path, out var condition) || Truth(condition) is not { } truth)
                        return false;
                    if (!Write(truth != b.Unless ? b.Then : b.Otherwise, context, text))
                        return false;
                    break;
            }
        }
        return true;
    }

    /// <summary>The value at <paramref name="path"/>; false for a key that is not there or a step through a non-record.</summary>
    private static bool Resolve(IReadOnlyDictionary<string, object?> context, string[] path, out object? value)
    {
        value = context;
        foreach (var part in path)
        {
            if (value is null)
                return true; // an absent optional binding: every field of it is absent too
            if (value is not IReadOnlyDictionary<string, object?> record || !record.TryGetValue(part, out value))
                return false;
        }
        return true;
    }

    /// <summary>Handlebars' truth of the values templates get; null for any other value.</summary>
    private static bool? Truth(object? value) => value switch
    {
        null => false,
        string s => s.Length > 0,
        bool b => b,
        IReadOnlyDictionary<string, object?> record => record.Count > 0,
        _ => null,
    };
}
