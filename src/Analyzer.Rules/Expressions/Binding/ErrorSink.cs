using System.Text;
using Analyzer.Rules.Diagnostics;

namespace Analyzer.Rules.Expressions.Binding;

/// <summary>
/// Turns (code, character range, message, hint) into a <see cref="Diagnostic"/> whose location points at the
/// offending token and whose snippet repeats the expression line with a caret line under that token.
/// </summary>
internal sealed class ErrorSink(string text, Func<int, SourceLocation> locate)
{
    private readonly List<Diagnostic> _items = [];

    public IReadOnlyList<Diagnostic> Items => _items;
    public int Count => _items.Count;

    public void Report(string code, int start, int end, string message, string? hint = null) => _items.Add(Make(code, start, end, message, hint));

    /// <summary>The diagnostic <see cref="Report"/> would add, for a check that runs later (see LiteralPattern).</summary>
    public Diagnostic Make(string code, int start, int end, string message, string? hint = null) =>
        new(code, locate(Math.Clamp(start, 0, text.Length)), message, Snippet(start, end), hint);

    private string Snippet(int start, int end)
    {
        start = Math.Clamp(start, 0, text.Length);
        var lineStart = text.LastIndexOf('\n', Math.Max(0, start - 1)) + 1;
        if (start == 0)
            lineStart = 0;
        var lineEnd = text.IndexOf('\n', start);
        if (lineEnd < 0)
            lineEnd = text.Length;
        var line = text[lineStart..lineEnd].TrimEnd('\r');
        var width = Math.Max(1, Math.Min(end, lineEnd) - start);
        var caret = new StringBuilder();
        // Tabs stay tabs so that the caret lines up whatever the reader's tab width.
        for (var i = lineStart; i < start; i++)
            caret.Append(text[i] == '\t' ? '\t' : ' ');
        caret.Append('^', width);
        return line + "\n" + caret;
    }
}
