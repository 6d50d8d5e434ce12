namespace Analyzer.Rules.Facts;

/// <summary>The fields of a fact type or of a record nested inside one (e.g. a stack frame).</summary>
public sealed class RecordShape(string name, Type clrType)
{
    private readonly Dictionary<string, FactField> _fields = new(StringComparer.Ordinal);

    public string Name { get; } = name;
    public Type ClrType { get; } = clrType;
    public IReadOnlyDictionary<string, FactField> Fields => _fields;

    /// <summary>A new instance with every field at its default (required strings empty); set fields with <see cref="FactField.With"/>.</summary>
    public Func<object> Create { get; internal set; } = () => throw new InvalidOperationException($"{name} cannot be created");

    /// <summary>For fact types: a copy of the fact with another provenance.</summary>
    public Func<object, Provenance, object>? WithProvenance { get; internal set; }

    internal void Add(FactField field) => _fields[field.Name] = field;
}
