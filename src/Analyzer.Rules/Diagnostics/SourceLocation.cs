namespace Analyzer.Rules.Diagnostics;

/// <summary>A 1-based position in a rule or config file.</summary>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    public SourceLocation Offset(int columns) => this with { Column = Column + columns };
    public override string ToString() => $"{File}:{Line}:{Column}";
}
