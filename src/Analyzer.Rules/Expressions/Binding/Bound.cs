using Analyzer.Rules.Facts;
using System.Linq.Expressions;

namespace Analyzer.Rules.Expressions.Binding;

/// <summary>
/// A typed subexpression: its language type and the LINQ expression computing it, whose CLR type is
/// <see cref="Representation.Of"/> the language type (value types nullable, so null flows everywhere).
/// <see cref="Vocabulary"/> is set when the value is read straight from an enumerated field (f.symptom), so that
/// string literals compared with it can be checked.
/// </summary>
internal sealed record Bound(ExprType Type, Expression Expr, FieldVocabulary? Vocabulary = null)
{
    public static readonly Bound Error = new(ErrorType.Instance, Expression.Constant(null));

    public bool IsError => Type is ErrorType;
}
