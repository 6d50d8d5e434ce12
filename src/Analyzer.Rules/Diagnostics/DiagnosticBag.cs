namespace Analyzer.Rules.Diagnostics;

/// <summary>Collects every diagnostic of a load pass, so that all errors are reported at once.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public IReadOnlyList<Diagnostic> Items => _items;
    public bool HasErrors => _items.Count > 0;

    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    public void Add(string code, SourceLocation at, string message, string? snippet = null, string? hint = null) =>
        _items.Add(new Diagnostic(code, at, message, snippet, hint));

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);
}
