namespace Analyzer.Rules.Expressions;

/// <summary>
/// The run-time values an expression reads: one slot per binding (a fact, or null for an unmatched optional
/// binding), per param and per variable, laid out as the <see cref="ExpressionScope"/> said.
/// </summary>
public sealed class EvalFrame(object?[] bindings, object?[] @params, object?[] variables)
{
    public object?[] Bindings { get; } = bindings;
    public object?[] Params { get; } = @params;
    public object?[] Variables { get; } = variables;
}
