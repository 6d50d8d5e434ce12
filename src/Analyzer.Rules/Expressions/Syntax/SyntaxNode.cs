namespace Analyzer.Rules.Expressions.Syntax;

/// <summary>
/// The untyped syntax tree. Every node keeps its [Start, End) character range so that diagnostics point at
/// the offending token and <see cref="ExpressionCompiler.SplitEquality"/> can hand back operand ranges.
/// The node kinds are nested because they only make sense together (a closed set the binder switches over).
/// </summary>
internal abstract record SyntaxNode(int Start, int End)
{
    /// <summary>A literal: Value is long, double, string, bool, TimeSpan or null, and Type says which.</summary>
    public sealed record Literal(int Start, int End, ExprType Type, object? Value) : SyntaxNode(Start, End);

    public sealed record Name(int Start, int End, string Identifier) : SyntaxNode(Start, End);

    /// <summary><c>target.field</c>; FieldStart locates the field name for "unknown field" diagnostics.</summary>
    public sealed record Member(int Start, int End, SyntaxNode Target, string Field, int FieldStart) : SyntaxNode(Start, End);

    /// <summary><c>f(args)</c> or <c>receiver.f(args)</c>; the binder treats the receiver as a first argument.</summary>
    public sealed record Call(int Start, int End, SyntaxNode? Receiver, string Function, int NameStart, IReadOnlyList<SyntaxNode> Args)
        : SyntaxNode(Start, End);

    public sealed record Index(int Start, int End, SyntaxNode Target, SyntaxNode Position) : SyntaxNode(Start, End);

    public sealed record Unary(int Start, int End, TokenKind Op, SyntaxNode Operand) : SyntaxNode(Start, End);

    /// <summary>A binary operator; OpStart/OpEnd locate the operator token for type errors.</summary>
    public sealed record Binary(int Start, int End, TokenKind Op, int OpStart, int OpEnd, SyntaxNode Left, SyntaxNode Right)
        : SyntaxNode(Start, End);

    public sealed record Conditional(int Start, int End, SyntaxNode Condition, SyntaxNode WhenTrue, SyntaxNode WhenFalse)
        : SyntaxNode(Start, End);

    public sealed record ListLiteral(int Start, int End, IReadOnlyList<SyntaxNode> Items) : SyntaxNode(Start, End);
}
