using Analyzer.Rules.Expressions;

namespace Analyzer.Rules.Facts;

/// <summary>
/// One field of a fact or nested record, as rules see it (camelCase name, language type), with the generated accessors:
/// <see cref="Getter"/> typed by the language type (see <see cref="FieldDescriptor.Getter"/>), <see cref="Read"/> boxed,
/// and <see cref="With"/> to build a changed copy (derive rules, inline test facts).
/// </summary>
public sealed record FactField(string Name, ExprType Type, bool Nullable, string? Unit, string? Description)
{
    public required Delegate Getter { get; init; }
    public required Func<object, object?> Read { get; init; }
    public Func<object, object?, object>? With { get; init; }

    /// <summary>The property is C# <c>required</c>: a derive rule must set it.</summary>
    public bool Required { get; init; }

    /// <summary>The property is a 32-bit int (the language's int is 64 bits: values are narrowed when stored).</summary>
    public bool IsInt32 { get; init; }
}
