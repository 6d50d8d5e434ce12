using Analyzer.Rules.Diagnostics;

namespace Analyzer.Rules.Expressions;

/// <summary>
/// Front door of the expression language: text → tokens → syntax tree → typed tree → LINQ expression → delegate.
/// </summary>
public static class ExpressionCompiler
{
    /// <summary>
    /// Compiles <paramref name="text"/> against <paramref name="scope"/>. <paramref name="locate"/> maps a 0-based
    /// character offset in <paramref name="text"/> to a file position for diagnostics. When
    /// <paramref name="expected"/> is given (e.g. bool for a <c>where</c>), a different result type is an error.
    /// </summary>
    public static CompileResult Compile(string text, ExpressionScope scope, Func<int, SourceLocation> locate, ExprType? expected = null) =>
        throw new NotImplementedException("expression compiler arrives with the expressions work");

    /// <summary>
    /// For a <c>join</c> entry: when the top-level operator of <paramref name="text"/> is <c>==</c>, the character
    /// ranges of its two operands (so the engine can compile each side against one binding and hash-join);
    /// otherwise null.
    /// </summary>
    public static (Range Left, Range Right)? SplitEquality(string text) =>
        throw new NotImplementedException("expression compiler arrives with the expressions work");
}
