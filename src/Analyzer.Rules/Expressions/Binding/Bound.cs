using Analyzer.Rules.Facts;

namespace Analyzer.Rules.Expressions.Binding;

/// <summary>
/// A typed subexpression: its language type and the closure computing it, whose delegate type is the representation
/// of the language type (see <see cref="Representation"/>: value types nullable, so null flows everywhere).
/// <see cref="Vocabulary"/> is set when the value is read straight from an enumerated field (f.symptom), so that
/// string literals compared with it can be checked.
/// </summary>
internal sealed record Bound(ExprType Type, Delegate Eval, FieldVocabulary? Vocabulary = null)
{
    public static readonly Bound Error = new(ErrorType.Instance, new Func<EvalFrame, object?>(static _ => null));

    public bool IsError => Type is ErrorType;
}
