using Analyzer.Rules.Diagnostics;
using Analyzer.Rules.Expressions.Binding;
using Analyzer.Rules.Expressions.Syntax;
using Analyzer.Rules.Facts;

namespace Analyzer.Rules.Expressions;

/// <summary>
/// Front door of the expression language: text → tokens → syntax tree → typed tree of closures → delegate.
/// Grammar, diagnostic codes (TRI0200–TRI0299, see <see cref="ExprDiagnosticCodes"/>) and null semantics
/// (see <see cref="Binder"/>) are documented where they are implemented.
/// </summary>
public static class ExpressionCompiler
{
    private static readonly IReadOnlySet<string> NoNames = new HashSet<string>();

    /// <summary>
    /// Compiles <paramref name="text"/> against <paramref name="scope"/>. <paramref name="locate"/> maps a 0-based
    /// character offset in <paramref name="text"/> to a file position for diagnostics. When
    /// <paramref name="expected"/> is given (e.g. bool for a <c>where</c>), a different result type is an error.
    /// When <paramref name="resultVocabulary"/> is given (the value goes into an enumerated field), a string literal
    /// result outside it is an error.
    /// </summary>
    public static CompileResult Compile(string text, ExpressionScope scope, Func<int, SourceLocation> locate, ExprType? expected = null,
        FieldVocabulary? resultVocabulary = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(locate);
        var errors = new ErrorSink(text, locate);
        var tree = Parser.Parse(Lexer.Tokenize(text, errors), errors);
        if (tree is null)
            return new CompileResult(null, errors.Items, NoNames);
        var binder = new Binder(scope, errors);
        var bound = binder.Bind(tree);
        var type = bound.Type;
        if (!bound.IsError && resultVocabulary is not null)
            binder.CheckResult(tree, resultVocabulary);
        if (!bound.IsError && expected is not null && type != expected)
        {
            if (type == ExprType.Int && expected == ExprType.Double)
                type = expected;
            else
                errors.Report(ExprDiagnosticCodes.TypeMismatch, tree.Start, tree.End, $"expected {Types.A(expected)} here, but the expression is {Types.A(type)}",
                    expected == ExprType.Bool ? "a condition must be true or false: compare the value, e.g. x == 'y' or x > 0" : null);
        }
        if (errors.Count > 0 || bound.IsError)
            return new CompileResult(null, errors.Items, binder.ReferencedNames);
        var evaluate = Representation.Boxed(type, Types.Coerce(bound, type));
        return new CompileResult(new CompiledExpression(text, type, evaluate), [], binder.ReferencedNames);
    }

    /// <summary>
    /// For a <c>join</c> entry: when the top-level operator of <paramref name="text"/> is <c>==</c>, the character
    /// ranges of its two operands (so the engine can compile each side against one binding and hash-join);
    /// otherwise null.
    /// </summary>
    public static (Range Left, Range Right)? SplitEquality(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var errors = new ErrorSink(text, _ => default);
        var tree = Parser.Parse(Lexer.Tokenize(text, errors), errors);
        if (errors.Count > 0)
            return null;
        return tree is SyntaxNode.Binary { Op: TokenKind.EqualEqual } eq
            ? (new Range(eq.Left.Start, eq.Left.End), new Range(eq.Right.Start, eq.Right.End))
            : null;
    }
}
