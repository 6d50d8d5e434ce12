namespace Analyzer.Rules.Facts;

/// <summary>A fact type rules can match: its name, the evidence source that produces it and its fields.</summary>
public sealed record FactType(string Name, string Source, string? Description, RecordShape Shape)
{
    public Type ClrType => Shape.ClrType;
    public bool IsDerived => Source == FactSources.Derived;
}
