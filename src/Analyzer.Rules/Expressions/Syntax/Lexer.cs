using System.Globalization;
using System.Text;
using Analyzer.Rules.Expressions.Binding;
using Analyzer.Rules.Model;

namespace Analyzer.Rules.Expressions.Syntax;

/// <summary>
/// Splits expression text into tokens. Recoverable mistakes (a lone '=' or '&amp;', a bad escape, a malformed
/// duration) are reported and replaced by the token the author most likely meant, so that the parser and
/// binder can still report the other errors of the same expression in one pass.
/// </summary>
internal sealed class Lexer(string text, ErrorSink errors)
{
    private readonly List<Token> _tokens = [];
    private int _pos;

    public static IReadOnlyList<Token> Tokenize(string text, ErrorSink errors) => new Lexer(text, errors).Run();

    private IReadOnlyList<Token> Run()
    {
        while (true)
        {
            while (_pos < text.Length && char.IsWhiteSpace(text[_pos]))
                _pos++;
            if (_pos >= text.Length)
            {
                _tokens.Add(new Token(TokenKind.End, text.Length, text.Length, ""));
                return _tokens;
            }
            var c = text[_pos];
            if (char.IsAsciiDigit(c))
                LexNumber();
            else if (c is '\'' or '"')
                LexString(c);
            else if (char.IsAsciiLetter(c) || c == '_')
                LexIdentifier();
            else
                LexOperator(c);
        }
    }

    private void LexNumber()
    {
        var start = _pos;
        var isDouble = ScanDigits();
        if (_pos < text.Length && (char.IsAsciiLetter(text[_pos]) || text[_pos] == '_'))
        {
            LexDurationRest(start);
            return;
        }
        var lexeme = text[start.._pos];
        if (isDouble)
        {
            Add(TokenKind.Double, start, double.Parse(lexeme, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture));
            return;
        }
        if (!long.TryParse(lexeme, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            errors.Report(ExprDiagnosticCodes.NumberOutOfRange, start, _pos, $"integer literal '{lexeme}' does not fit in a 64-bit int");
        Add(TokenKind.Int, start, value);
    }

    /// <summary>Digits with an optional fraction; a '.' not followed by a digit is member access, not a fraction.</summary>
    private bool ScanDigits()
    {
        while (_pos < text.Length && char.IsAsciiDigit(text[_pos]))
            _pos++;
        if (_pos + 1 < text.Length && text[_pos] == '.' && char.IsAsciiDigit(text[_pos + 1]))
        {
            _pos++;
            while (_pos < text.Length && char.IsAsciiDigit(text[_pos]))
                _pos++;
            return true;
        }
        return false;
    }

    private void LexDurationRest(int start)
    {
        // A duration is one token: number unit (number unit)*, with no spaces inside ("1h30m").
        while (_pos < text.Length && (char.IsAsciiLetterOrDigit(text[_pos]) || text[_pos] == '_' || text[_pos] == '.'))
            _pos++;
        var lexeme = text[start.._pos];
        if (!DurationText.TryParse(lexeme, out var value))
            errors.Report(ExprDiagnosticCodes.InvalidDuration, start, _pos, $"invalid duration '{lexeme}'",
                "write a number followed by a unit: ms, s, m, h or d (e.g. 90s, 1h30m, 250ms)");
        Add(TokenKind.Duration, start, value);
    }

    private void LexString(char quote)
    {
        var start = _pos++;
        var sb = new StringBuilder();
        while (true)
        {
            if (_pos >= text.Length)
            {
                errors.Report(ExprDiagnosticCodes.Syntax, start, _pos, "unterminated string literal", $"close it with {quote}");
                break;
            }
            var c = text[_pos++];
            if (c == quote)
                break;
            if (c != '\\')
            {
                sb.Append(c);
                continue;
            }
            if (_pos >= text.Length)
                continue;
            var e = text[_pos++];
            switch (e)
            {
                case '\\': sb.Append('\\'); break;
                case '\'': sb.Append('\''); break;
                case '"': sb.Append('"'); break;
                case 'n': sb.Append('\n'); break;
                case 't': sb.Append('\t'); break;
                case 'r': sb.Append('\r'); break;
                default:
                    errors.Report(ExprDiagnosticCodes.Syntax, _pos - 2, _pos, $"unknown escape '\\{e}' in string literal",
                        "known escapes: \\\\ \\' \\\" \\n \\t \\r (regexes: double the backslash, e.g. '\\\\d+')");
                    sb.Append(e);
                    break;
            }
        }
        Add(TokenKind.String, start, sb.ToString());
    }

    private void LexIdentifier()
    {
        var start = _pos;
        while (_pos < text.Length && (char.IsAsciiLetterOrDigit(text[_pos]) || text[_pos] == '_'))
            _pos++;
        var word = text[start.._pos];
        var kind = word switch
        {
            "true" => TokenKind.True,
            "false" => TokenKind.False,
            "null" => TokenKind.Null,
            "in" => TokenKind.In,
            _ => TokenKind.Identifier,
        };
        Add(kind, start, kind switch { TokenKind.True => true, TokenKind.False => false, _ => null });
    }

    private void LexOperator(char c)
    {
        var start = _pos;
        var next = _pos + 1 < text.Length ? text[_pos + 1] : '\0';
        (TokenKind Kind, int Length) op = (c, next) switch
        {
            ('=', '=') => (TokenKind.EqualEqual, 2),
            ('!', '=') => (TokenKind.NotEqual, 2),
            ('<', '=') => (TokenKind.LessEqual, 2),
            ('>', '=') => (TokenKind.GreaterEqual, 2),
            ('&', '&') => (TokenKind.AndAnd, 2),
            ('|', '|') => (TokenKind.OrOr, 2),
            ('<', _) => (TokenKind.Less, 1),
            ('>', _) => (TokenKind.Greater, 1),
            ('!', _) => (TokenKind.Bang, 1),
            ('+', _) => (TokenKind.Plus, 1),
            ('-', _) => (TokenKind.Minus, 1),
            ('*', _) => (TokenKind.Star, 1),
            ('/', _) => (TokenKind.Slash, 1),
            ('%', _) => (TokenKind.Percent, 1),
            ('(', _) => (TokenKind.LParen, 1),
            (')', _) => (TokenKind.RParen, 1),
            ('[', _) => (TokenKind.LBracket, 1),
            (']', _) => (TokenKind.RBracket, 1),
            (',', _) => (TokenKind.Comma, 1),
            ('.', _) => (TokenKind.Dot, 1),
            ('?', _) => (TokenKind.Question, 1),
            (':', _) => (TokenKind.Colon, 1),
            _ => (TokenKind.Error, 1),
        };
        if (op.Kind == TokenKind.Error)
            op = Recover(c, start);
        _pos += op.Length;
        Add(op.Kind, start);
    }

    /// <summary>Common slips from other languages: report them, then carry on as if the author wrote the real operator.</summary>
    private (TokenKind, int) Recover(char c, int start)
    {
        switch (c)
        {
            case '=':
                errors.Report(ExprDiagnosticCodes.Syntax, start, start + 1, "'=' is not an operator", "use '==' to compare");
                return (TokenKind.EqualEqual, 1);
            case '&':
                errors.Report(ExprDiagnosticCodes.Syntax, start, start + 1, "'&' is not an operator", "use '&&' for logical and");
                return (TokenKind.AndAnd, 1);
            case '|':
                errors.Report(ExprDiagnosticCodes.Syntax, start, start + 1, "'|' is not an operator", "use '||' for logical or");
                return (TokenKind.OrOr, 1);
            default:
                errors.Report(ExprDiagnosticCodes.Syntax, start, start + 1, $"unexpected character '{c}'");
                return (TokenKind.Error, 1);
        }
    }

    private void Add(TokenKind kind, int start, object? value = null) =>
        _tokens.Add(new Token(kind, start, _pos, text[start.._pos], value));
}
