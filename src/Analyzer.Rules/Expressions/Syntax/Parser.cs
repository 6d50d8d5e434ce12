using Analyzer.Rules.Expressions.Binding;

namespace Analyzer.Rules.Expressions.Syntax;

/// <summary>
/// Recursive descent over the tokens, one method per precedence level (lowest first):
/// <c>?:</c>, <c>||</c>, <c>&amp;&amp;</c>, <c>== !=</c>, <c>&lt; &lt;= &gt; &gt;= in</c>, <c>+ -</c>, <c>* / %</c>,
/// unary <c>! -</c>, postfix <c>.f .m() [i]</c>, primary. The EBNF is in Expressions/README.md.
/// The parser stops at the first syntax error: guessing past a broken structure mostly yields noise,
/// whereas the lexer and binder recover and report everything they can.
/// </summary>
internal sealed class Parser
{
    /// <summary>Limits that keep parsing, binding and LINQ compilation far from stack exhaustion; real rules are much smaller.</summary>
    public const int MaxTokens = 4000;
    public const int MaxDepth = 64;

    private readonly IReadOnlyList<Token> _tokens;
    private readonly ErrorSink _errors;
    private int _index;
    private int _depth;

    private Parser(IReadOnlyList<Token> tokens, ErrorSink errors) => (_tokens, _errors) = (tokens, errors);

    /// <summary>The tree, or null after a syntax error (already reported).</summary>
    public static SyntaxNode? Parse(IReadOnlyList<Token> tokens, ErrorSink errors)
    {
        if (tokens.Count > MaxTokens)
        {
            errors.Report(ExprDiagnosticCodes.TooComplex, 0, tokens[^1].Start, $"expression has {tokens.Count} tokens, more than the limit of {MaxTokens}",
                "split it: compute parts in derive rules or aggregates");
            return null;
        }
        var parser = new Parser(tokens, errors);
        try
        {
            var node = parser.ParseConditional();
            if (parser.Current.Kind != TokenKind.End)
                throw parser.Unexpected("an operator or the end of the expression");
            return node;
        }
        catch (SyntaxAbort)
        {
            return null;
        }
    }

    private Token Current => _tokens[_index];

    private Token Advance()
    {
        var token = Current;
        if (_index < _tokens.Count - 1)
            _index++;
        return token;
    }

    private bool Accept(TokenKind kind)
    {
        if (Current.Kind != kind)
            return false;
        Advance();
        return true;
    }

    private Token Expect(TokenKind kind, string what) => Current.Kind == kind ? Advance() : throw Unexpected(what);

    private SyntaxNode ParseConditional()
    {
        Enter();
        try
        {
            return ParseConditionalCore();
        }
        finally
        {
            _depth--;
        }
    }

    private void Enter()
    {
        if (++_depth <= MaxDepth)
            return;
        var token = Current;
        _errors.Report(ExprDiagnosticCodes.TooComplex, token.Start, token.End, $"expression nests deeper than {MaxDepth} levels");
        throw new SyntaxAbort();
    }

    private SyntaxNode ParseConditionalCore()
    {
        var condition = ParseOr();
        if (!Accept(TokenKind.Question))
            return condition;
        var whenTrue = ParseConditional();
        Expect(TokenKind.Colon, "':' of the conditional");
        var whenFalse = ParseConditional();
        return new SyntaxNode.Conditional(condition.Start, whenFalse.End, condition, whenTrue, whenFalse);
    }

    private SyntaxNode ParseOr() => ParseBinary(ParseAnd, TokenKind.OrOr);

    private SyntaxNode ParseAnd() => ParseBinary(ParseEquality, TokenKind.AndAnd);

    private SyntaxNode ParseEquality() => ParseBinary(ParseRelational, TokenKind.EqualEqual, TokenKind.NotEqual);

    private SyntaxNode ParseRelational() =>
        ParseBinary(ParseAdditive, TokenKind.Less, TokenKind.LessEqual, TokenKind.Greater, TokenKind.GreaterEqual, TokenKind.In);

    private SyntaxNode ParseAdditive() => ParseBinary(ParseMultiplicative, TokenKind.Plus, TokenKind.Minus);

    private SyntaxNode ParseMultiplicative() => ParseBinary(ParseUnary, TokenKind.Star, TokenKind.Slash, TokenKind.Percent);

    /// <summary>Left-associative binary level.</summary>
    private SyntaxNode ParseBinary(Func<SyntaxNode> operand, params ReadOnlySpan<TokenKind> ops)
    {
        var left = operand();
        while (ops.Contains(Current.Kind))
        {
            var op = Advance();
            var right = operand();
            left = new SyntaxNode.Binary(left.Start, right.End, op.Kind, op.Start, op.End, left, right);
        }
        return left;
    }

    private SyntaxNode ParseUnary()
    {
        if (Current.Kind is TokenKind.Bang or TokenKind.Minus)
        {
            var op = Advance();
            Enter();
            var operand = ParseUnary();
            _depth--;
            return new SyntaxNode.Unary(op.Start, operand.End, op.Kind, operand);
        }
        return ParsePostfix();
    }

    private SyntaxNode ParsePostfix()
    {
        var node = ParsePrimary();
        while (true)
        {
            if (Accept(TokenKind.Dot))
            {
                var name = Expect(TokenKind.Identifier, "a field or method name after '.'");
                if (Accept(TokenKind.LParen))
                {
                    var (args, end) = ParseArguments();
                    node = new SyntaxNode.Call(node.Start, end, node, name.Text, name.Start, args);
                }
                else
                {
                    node = new SyntaxNode.Member(node.Start, name.End, node, name.Text, name.Start);
                }
            }
            else if (Accept(TokenKind.LBracket))
            {
                var position = ParseConditional();
                var close = Expect(TokenKind.RBracket, "']'");
                node = new SyntaxNode.Index(node.Start, close.End, node, position);
            }
            else
            {
                return node;
            }
        }
    }

    private (IReadOnlyList<SyntaxNode> Args, int End) ParseArguments()
    {
        var args = new List<SyntaxNode>();
        if (Current.Kind != TokenKind.RParen)
        {
            do
                args.Add(ParseConditional());
            while (Accept(TokenKind.Comma));
        }
        var close = Expect(TokenKind.RParen, "',' or ')'");
        return (args, close.End);
    }

    private SyntaxNode ParsePrimary()
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.Int: Advance(); return new SyntaxNode.Literal(token.Start, token.End, ExprType.Int, token.Value);
            case TokenKind.Double: Advance(); return new SyntaxNode.Literal(token.Start, token.End, ExprType.Double, token.Value);
            case TokenKind.String: Advance(); return new SyntaxNode.Literal(token.Start, token.End, ExprType.String, token.Value);
            case TokenKind.Duration: Advance(); return new SyntaxNode.Literal(token.Start, token.End, ExprType.Duration, token.Value);
            case TokenKind.True or TokenKind.False: Advance(); return new SyntaxNode.Literal(token.Start, token.End, ExprType.Bool, token.Value);
            case TokenKind.Null: Advance(); return new SyntaxNode.Literal(token.Start, token.End, ExprType.Null, null);
            case TokenKind.Identifier:
                Advance();
                if (Accept(TokenKind.LParen))
                {
                    var (args, end) = ParseArguments();
                    return new SyntaxNode.Call(token.Start, end, null, token.Text, token.Start, args);
                }
                return new SyntaxNode.Name(token.Start, token.End, token.Text);
            case TokenKind.LParen:
                Advance();
                var inner = ParseConditional();
                var close = Expect(TokenKind.RParen, "')'");
                // The span covers the parentheses, so that a range cut from it (SplitEquality) is balanced text.
                return inner with { Start = token.Start, End = close.End };
            case TokenKind.LBracket:
                return ParseList();
            default:
                throw Unexpected("a value, a name, '(' or '['");
        }
    }

    private SyntaxNode ParseList()
    {
        var open = Advance();
        var items = new List<SyntaxNode>();
        while (Current.Kind != TokenKind.RBracket)
        {
            items.Add(ParseConditional());
            if (!Accept(TokenKind.Comma))
                break;
        }
        var close = Expect(TokenKind.RBracket, "',' or ']'");
        return new SyntaxNode.ListLiteral(open.Start, close.End, items);
    }

    private SyntaxAbort Unexpected(string expected)
    {
        var token = Current;
        // An Error token was already reported by the lexer; a second message about it would only be noise.
        if (token.Kind != TokenKind.Error)
        {
            var found = token.Kind == TokenKind.End ? "the end of the expression" : $"'{token.Text}'";
            _errors.Report(ExprDiagnosticCodes.Syntax, token.Start, Math.Max(token.End, token.Start + 1), $"expected {expected} but found {found}");
        }
        return new SyntaxAbort();
    }

    /// <summary>Unwinds the descent after the first syntax error; never escapes <see cref="Parse"/>.</summary>
    private sealed class SyntaxAbort : Exception;
}
