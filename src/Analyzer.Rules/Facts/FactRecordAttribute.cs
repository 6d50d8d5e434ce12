namespace Analyzer.Rules.Facts;

/// <summary>
/// Declares a record as a fact type that rules may match by <see cref="Name"/>.
/// <see cref="Source"/> names the family of evidence that produces it (e.g. "go-stacks"): a rule whose
/// required bindings need a source that no input provided is reported as skipped, not as passed.
/// Derived fact types use the source "derived"; they are available whenever the rules that produce them ran.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class FactRecordAttribute(string name, string source) : Attribute
{
    public string Name { get; } = name;
    public string Source { get; } = source;
    public string? Description { get; init; }
}
