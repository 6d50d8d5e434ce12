namespace Analyzer.Rules.Expressions;

/// <summary>An expression checked against its scope and compiled to a delegate.</summary>
public sealed class CompiledExpression(string text, ExprType type, Func<EvalFrame, object?> evaluate)
{
    public string Text { get; } = text;
    public ExprType Type { get; } = type;
    public Func<EvalFrame, object?> Evaluate { get; } = evaluate;

    /// <summary>For predicates: null (e.g. a field of an unmatched optional binding) counts as false.</summary>
    public bool IsTrue(EvalFrame frame) => Evaluate(frame) is true;
}
