namespace Analyzer.Rules.Templates;

/// <summary>
/// The load-time check of a template's structure, so that compiling it can wait for its first render: every
/// <c>{{</c> is closed, every block (<c>{{#if}}</c>, <c>{{#each}}</c>, <c>{{^x}}</c>...) is closed by its own
/// <c>{{/name}}</c> in order, <c>{{else}}</c> stands inside a block and at most once in it (after <c>{{else if x}}</c>
/// links), and the built-in blocks (<c>if</c>, <c>unless</c>, <c>each</c>, <c>with</c>) have a value to work on;
/// Handlebars.Net throws arbitrary exceptions on those two. Also what the renderer does not support
/// and would only reject at analyze (partials, sub-expressions), and limits: Handlebars compiles nesting recursively
/// and expands every placeholder, so <c>{{#if}}</c> 10,000 deep took 11 s and 200,000 placeholders 1.8 GB.
/// </summary>
internal static class TemplateBlocks
{
    /// <summary>Far above any shipped message (the busiest holds 37 placeholders across all its templates).</summary>
    public const int MaxPlaceholders = 500;

    /// <summary>Shipped templates nest at most 3 blocks.</summary>
    public const int MaxDepth = 16;

    /// <summary>What is wrong with the structure, or null.</summary>
    public static string? Problem(string text)
    {
        var open = new Stack<(string Name, bool Else)>();
        var i = 0;
        var placeholders = 0;
        while ((i = text.IndexOf("{{", i, StringComparison.Ordinal)) >= 0)
        {
            if (++placeholders > MaxPlaceholders) return $"more than {MaxPlaceholders} placeholders";
            var end = text.IndexOf("}}", i + 2, StringComparison.Ordinal);
            if (end < 0) return "a '{{' is never closed by '}}'";
            var body = text[(i + 2)..end].Trim('{', '}', '~', ' ', '&');
            i = end + 2;
            if (body.Length == 0 || body[0] == '!') continue;
            var name = body[1..].Trim().Split(' ', 2)[0];
            if (body[0] == '>') return $"partials ('{{{{> {name}}}}}') are not supported: write the text in the template";
            if (body.Contains('(')) return "sub-expressions ('(helper …)' inside '{{…}}') are not supported";
            switch (body[0])
            {
                case '#' or '^':
                    if (name is "if" or "unless" or "each" or "with" && body[1..].Trim().Split(' ', 2) is not [_, { Length: > 0 }])
                        return $"'{{{{#{name}}}}}' needs a value, as in '{{{{#{name} x.field}}}}'";
                    open.Push((name, false));
                    if (open.Count > MaxDepth) return $"blocks nested deeper than {MaxDepth} levels";
                    break;
                case '/':
                    if (open.Count == 0) return $"'{{{{/{name}}}}}' closes a block that was never opened";
                    var expected = open.Pop().Name;
                    if (expected != name) return $"'{{{{/{name}}}}}' closes '{{{{#{expected}}}}}'";
                    break;
                default:
                    if (body == "else" || body.StartsWith("else ", StringComparison.Ordinal))
                    {
                        if (open.Count == 0) return "'{{else}}' outside a block";
                        var block = open.Pop();
                        if (block.Else) return $"a second '{{{{else}}}}' in '{{{{#{block.Name}}}}}'";
                        open.Push((block.Name, body == "else"));
                    }
                    break;
            }
        }
        return open.Count > 0 ? $"'{{{{#{open.Peek().Name}}}}}' is never closed" : null;
    }
}
