namespace Analyzer.Rules.Templates;

/// <summary>
/// The load-time check of a template's structure, so that compiling it can wait for its first render: every
/// <c>{{</c> is closed, every block (<c>{{#if}}</c>, <c>{{#each}}</c>, <c>{{^x}}</c>...) is closed by its own
/// <c>{{/name}}</c> in order, and <c>{{else}}</c> stands inside a block.
/// </summary>
internal static class TemplateBlocks
{
    /// <summary>What is wrong with the structure, or null.</summary>
    public static string? Problem(string text)
    {
        var open = new Stack<string>();
        var i = 0;
        while ((i = text.IndexOf("{{", i, StringComparison.Ordinal)) >= 0)
        {
            var end = text.IndexOf("}}", i + 2, StringComparison.Ordinal);
            if (end < 0) return "a '{{' is never closed by '}}'";
            var body = text[(i + 2)..end].Trim('{', '}', '~', ' ', '&');
            i = end + 2;
            if (body.Length == 0 || body[0] == '!') continue;
            var name = body[1..].Trim().Split(' ', 2)[0];
            switch (body[0])
            {
                case '#' or '^':
                    open.Push(name);
                    break;
                case '/':
                    if (open.Count == 0) return $"'{{{{/{name}}}}}' closes a block that was never opened";
                    var expected = open.Pop();
                    if (expected != name) return $"'{{{{/{name}}}}}' closes '{{{{#{expected}}}}}'";
                    break;
                default:
                    if (body == "else" && open.Count == 0) return "'{{else}}' outside a block";
                    break;
            }
        }
        return open.Count > 0 ? $"'{{{{#{open.Peek()}}}}}' is never closed" : null;
    }
}
