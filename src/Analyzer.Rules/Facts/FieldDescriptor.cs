namespace Analyzer.Rules.Facts;

/// <summary>
/// One visible property of a generated record descriptor. <see cref="Getter"/> is typed by kind — Func&lt;object, long?&gt;
/// for int, double?, bool?, TimeSpan?, string?, and object? for lists and records — so compiled expressions read a field
/// without boxing. <see cref="With"/> returns a copy with the field set (records are immutable); null when the
/// property has no setter.
/// </summary>
public sealed class FieldDescriptor(string name, FieldKind kind, bool nullable, FieldKind elementKind, Type? recordType, string? unit,
    string? description, bool required, bool isInt32, Delegate getter, Func<object, object?, object>? with)
{
    public string Name { get; } = name;
    public FieldKind Kind { get; } = kind;
    public bool Nullable { get; } = nullable;
    public FieldKind ElementKind { get; } = elementKind;
    public Type? RecordType { get; } = recordType;
    public string? Unit { get; } = unit;
    public string? Description { get; } = description;
    public bool Required { get; } = required;
    public bool IsInt32 { get; } = isInt32;
    public Delegate Getter { get; } = getter;
    public Func<object, object?, object>? With { get; } = with;
}
