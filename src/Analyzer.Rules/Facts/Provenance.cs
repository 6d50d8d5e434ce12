namespace Analyzer.Rules.Facts;

/// <summary>
/// Where a fact came from: the bundle-relative path and the 1-based line span, plus a short excerpt
/// that a report can quote. Binary inputs have no line (Line is null).
/// </summary>
public sealed record Provenance(string Path, int? Line = null, int? EndLine = null, string? Excerpt = null)
{
    public override string ToString() => Line is { } l ? $"{Path}:{l}" : Path;
}
