namespace Analyzer.Rules.Expressions.Binding;

/// <summary>
/// The type of a subexpression that already produced a diagnostic. Operators over it stay silent, so one
/// mistake yields one message, while independent mistakes elsewhere in the expression are still reported.
/// Never escapes the binder: a compile with errors returns no delegate.
/// </summary>
internal sealed record ErrorType : ExprType
{
    public static readonly ErrorType Instance = new();

    public override string Name => "error";
    public override Type ClrType => typeof(object);
}
