namespace Analyzer.Rules.Facts;

/// <summary>
/// A record as the generator saw it at build time: its CLR type, names, fields and how to make one. <see cref="FactName"/>
/// is null for a record only nested in facts (a stack frame); <see cref="WithProvenance"/> is null for those too.
/// </summary>
public sealed class RecordDescriptor(Type clrType, string name, string? factName, string? source, string? description,
    Func<object> create, Func<object, Provenance, object>? withProvenance, IReadOnlyList<FieldDescriptor> fields)
{
    public Type ClrType { get; } = clrType;
    public string Name { get; } = name;
    public string? FactName { get; } = factName;
    public string? Source { get; } = source;
    public string? Description { get; } = description;
    public Func<object> Create { get; } = create;
    public Func<object, Provenance, object>? WithProvenance { get; } = withProvenance;
    public IReadOnlyList<FieldDescriptor> Fields { get; } = fields;
}
