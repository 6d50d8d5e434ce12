using Analyzer.Rules.Diagnostics;
using Analyzer.Rules.Expressions.Syntax;
using Analyzer.Rules.Facts;

namespace Analyzer.Rules.Expressions.Binding;

/// <summary>
/// String literals against enumerated fields (<see cref="EnumeratedFields"/>): only a literal is checked, since any
/// other expression (a field, a function of one) may hold any value at run time and is no typo to report.
/// </summary>
internal sealed partial class Binder
{
    // A vocabulary this small is listed whole in the hint; a larger one would drown the message.
    private const int ListedValues = 16;

    /// <summary>Reports <paramref name="other"/> when it is a string literal outside the vocabulary of <paramref name="side"/>.</summary>
    private void CheckVocabulary(Bound side, SyntaxNode other)
    {
        if (side.Vocabulary is { } vocabulary)
            CheckLiteral(other, vocabulary);
    }

    /// <summary>
    /// For an expression whose value is stored into an enumerated field (a derive <c>set:</c>): every string literal
    /// it can evaluate to (itself, or either branch of <c>?:</c>) must be in the vocabulary.
    /// </summary>
    public void CheckResult(SyntaxNode node, FieldVocabulary vocabulary)
    {
        if (node is SyntaxNode.Conditional conditional)
        {
            CheckResult(conditional.WhenTrue, vocabulary);
            CheckResult(conditional.WhenFalse, vocabulary);
            return;
        }
        CheckLiteral(node, vocabulary);
    }

    private void CheckLiteral(SyntaxNode node, FieldVocabulary vocabulary)
    {
        if (node is not SyntaxNode.Literal { Value: string value } || vocabulary.Values.Contains(value))
            return;
        var hint = DidYouMean.Suggest(value, vocabulary.Values)
            ?? (vocabulary.Values.Count <= ListedValues
                ? $"{vocabulary.Field} is one of: " + string.Join(", ", vocabulary.Values.Order(StringComparer.Ordinal))
                : null);
        errors.Report(ExprDiagnosticCodes.UnknownValue, node.Start, node.End, $"'{value}' is not a known {vocabulary.Field} value", hint);
    }
}
