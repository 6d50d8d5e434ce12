namespace Analyzer.Rules.Facts;

/// <summary>
/// String fields whose values form a closed vocabulary (fact type + field → allowed values), given by the host: the
/// engine knows no domain words. Rules are checked against it when they load, so a string literal compared with such
/// a field (<c>==</c>, <c>!=</c>, <c>in [...]</c>) or derived into one is a load error when it is not in the
/// vocabulary — a misspelt symptom would otherwise match nothing and fail silently.
/// </summary>
public sealed class EnumeratedFields
{
    private readonly Dictionary<(string Type, string Field), FieldVocabulary> _fields = [];

    /// <summary>No field is enumerated: every string literal is accepted.</summary>
    public static EnumeratedFields None { get; } = new();

    public IEnumerable<FieldVocabulary> Fields => _fields.Values;

    /// <param name="recordName">A fact type name (or a nested record's name), as in <see cref="RecordShape.Name"/>.</param>
    /// <param name="field">The field as rules spell it (camelCase).</param>
    public EnumeratedFields Add(string recordName, string field, IEnumerable<string> values)
    {
        if (ReferenceEquals(this, None))
            throw new InvalidOperationException("EnumeratedFields.None is shared; create a new instance");
        _fields[(recordName, field)] = new FieldVocabulary($"{recordName}.{field}", values.ToHashSet(StringComparer.Ordinal));
        return this;
    }

    public FieldVocabulary? Find(string recordName, string field) => _fields.GetValueOrDefault((recordName, field));
}
