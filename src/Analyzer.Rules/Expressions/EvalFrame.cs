namespace Analyzer.Rules.Expressions;

/// <summary>
/// The run-time values an expression reads: one slot per binding (a fact, or null for an unmatched optional
/// binding), per param and per variable, laid out as the <see cref="ExpressionScope"/> said. List macros keep their
/// element variable (<c>x</c> in <c>list.exists(x, ...)</c>) in a local slot per nesting depth.
/// </summary>
public sealed class EvalFrame(object?[] bindings, object?[] @params, object?[] variables)
{
    private object?[] _locals = [];

    public object?[] Bindings { get; } = bindings;
    public object?[] Params { get; } = @params;
    public object?[] Variables { get; } = variables;

    /// <summary>Sets the macro variable of nesting depth <paramref name="depth"/> (the slots grow on first use).</summary>
    internal void SetLocal(int depth, object? value)
    {
        if (_locals.Length <= depth)
            Array.Resize(ref _locals, Math.Max(depth + 1, 4));
        _locals[depth] = value;
    }

    internal object? Local(int depth) => _locals[depth];
}
