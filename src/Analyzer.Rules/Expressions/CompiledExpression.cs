using System.Linq.Expressions;

namespace Analyzer.Rules.Expressions;

/// <summary>
/// An expression checked against its scope, turned into a delegate the first time it is evaluated. Checking (names,
/// types) happens at load, so every diagnostic is still reported up front; only the JIT work of compiling the LINQ
/// tree waits, and rules skipped for want of evidence (most of them, in a bundle of one family) never pay it.
/// </summary>
public sealed class CompiledExpression
{
    private readonly Lazy<Func<EvalFrame, object?>> _evaluate;

    public CompiledExpression(string text, ExprType type, Expression<Func<EvalFrame, object?>> tree)
    {
        Text = text;
        Type = type;
        _evaluate = new Lazy<Func<EvalFrame, object?>>(tree.Compile, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string Text { get; }
    public ExprType Type { get; }
    public Func<EvalFrame, object?> Evaluate => _evaluate.Value;

    /// <summary>For predicates: null (e.g. a field of an unmatched optional binding) counts as false.</summary>
    public bool IsTrue(EvalFrame frame) => Evaluate(frame) is true;
}
