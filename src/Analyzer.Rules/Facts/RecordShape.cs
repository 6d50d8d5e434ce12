namespace Analyzer.Rules.Facts;

/// <summary>The fields of a fact type or of a record nested inside one (e.g. a stack frame).</summary>
public sealed class RecordShape(string name, Type clrType)
{
    private readonly Dictionary<string, FactField> _fields = new(StringComparer.Ordinal);

    public string Name { get; } = name;
    public Type ClrType { get; } = clrType;
    public IReadOnlyDictionary<string, FactField> Fields => _fields;

    internal void Add(FactField field) => _fields[field.Name] = field;
}
