namespace Analyzer.Rules.Expressions;

/// <summary>
/// An expression checked against its scope and built into a tree of typed closures (see
/// <c>Binding.Representation</c>). Nothing is generated at run time, so it costs no JIT work and runs the same under
/// Native AOT; every diagnostic (names, types) was reported when it loaded.
/// </summary>
public sealed class CompiledExpression(string text, ExprType type, Func<EvalFrame, object?> evaluate)
{
    public string Text { get; } = text;
    public ExprType Type { get; } = type;
    public Func<EvalFrame, object?> Evaluate { get; } = evaluate;

    /// <summary>For predicates: null (e.g. a field of an unmatched optional binding) counts as false.</summary>
    public bool IsTrue(EvalFrame frame) => Evaluate(frame) is true;
}
