namespace Analyzer.Rules.Diagnostics;

/// <summary>
/// A problem found while loading rules or config: a stable code (e.g. TRI0103), where it is, what is wrong,
/// the offending snippet and, when we can guess, a hint ("did you mean 'maxWait'?").
/// </summary>
public sealed record Diagnostic(string Code, SourceLocation Location, string Message, string? Snippet = null, string? Hint = null)
{
    public override string ToString()
    {
        var text = $"{Location}: error {Code}: {Message}";
        if (Snippet is not null) text += "\n" + string.Join("\n", Snippet.Split('\n').Select(l => "    " + l));
        if (Hint is not null) text += $"\n    hint: {Hint}";
        return text;
    }
}
