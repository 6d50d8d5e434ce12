namespace Analyzer.Rules.Expressions.Syntax;

/// <summary>One lexeme: its kind, its [Start, End) character range in the expression text and its decoded value.</summary>
internal readonly record struct Token(TokenKind Kind, int Start, int End, string Text, object? Value = null);
