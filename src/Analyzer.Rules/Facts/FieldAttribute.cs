namespace Analyzer.Rules.Facts;

/// <summary>Optional documentation for a fact field: its unit and meaning, shown in the rule catalogue.</summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class FieldAttribute(string description) : Attribute
{
    public string Description { get; } = description;
    public string? Unit { get; init; }
}
