using Analyzer.Rules.Expressions.Runtime;
using Analyzer.Rules.Expressions.Syntax;

namespace Analyzer.Rules.Expressions.Binding;

/// <summary>Unary and binary operators: logic, equality, ordering, arithmetic and <c>in</c>.</summary>
internal sealed partial class Binder
{
    private Bound BindUnary(SyntaxNode.Unary node)
    {
        var operand = Bind(node.Operand);
        if (operand.IsError)
            return Bound.Error;
        if (node.Op == TokenKind.Bang)
        {
            if (Types.IsBoolLike(operand.Type))
            {
                var truthy = Representation.Truthy(operand);
                return new Bound(ExprType.Bool, Representation.Bool(f => !truthy(f)));
            }
            errors.Report(ExprDiagnosticCodes.TypeMismatch, node.Start, node.End, $"'!' needs a bool, not {Types.A(operand.Type)}");
            return Bound.Error;
        }
        if (operand.Type == ExprType.Int || operand.Type == ExprType.Double || operand.Type == ExprType.Duration)
        {
            Delegate negate = operand.Type == ExprType.Int ? Representation.Lift<long?, long?>(operand.Eval, Arithmetic.Negate)
                : operand.Type == ExprType.Double ? Representation.Lift<double?, double?>(operand.Eval, Arithmetic.Negate)
                : Representation.Lift<TimeSpan?, TimeSpan?>(operand.Eval, Arithmetic.Negate);
            return new Bound(operand.Type, negate);
        }
        errors.Report(ExprDiagnosticCodes.TypeMismatch, node.Start, node.End, $"unary '-' needs an int, double or duration, not {Types.A(operand.Type)}");
        return Bound.Error;
    }

    private Bound BindBinary(SyntaxNode.Binary node)
    {
        if (node.Op == TokenKind.In)
            return BindIn(node);
        var left = Bind(node.Left);
        var right = Bind(node.Right);
        if (left.IsError || right.IsError)
            return Bound.Error;
        return node.Op switch
        {
            TokenKind.AndAnd or TokenKind.OrOr => BindLogical(node, left, right),
            TokenKind.EqualEqual or TokenKind.NotEqual => BindEquality(node, left, right),
            TokenKind.Less or TokenKind.LessEqual or TokenKind.Greater or TokenKind.GreaterEqual => BindOrdering(node, left, right),
            _ => BindArithmetic(node, left, right),
        };
    }

    private static string OperatorText(SyntaxNode.Binary node) => node.Op switch
    {
        TokenKind.AndAnd => "&&",
        TokenKind.OrOr => "||",
        TokenKind.EqualEqual => "==",
        TokenKind.NotEqual => "!=",
        TokenKind.Less => "<",
        TokenKind.LessEqual => "<=",
        TokenKind.Greater => ">",
        TokenKind.GreaterEqual => ">=",
        TokenKind.Plus => "+",
        TokenKind.Minus => "-",
        TokenKind.Star => "*",
        TokenKind.Slash => "/",
        TokenKind.Percent => "%",
        TokenKind.In => "in",
        _ => node.Op.ToString(),
    };

    private Bound BindLogical(SyntaxNode.Binary node, Bound left, Bound right)
    {
        var ok = true;
        foreach (var (side, value) in new[] { (node.Left, left), (node.Right, right) })
        {
            if (Types.IsBoolLike(value.Type))
                continue;
            errors.Report(ExprDiagnosticCodes.TypeMismatch, side.Start, side.End, $"'{OperatorText(node)}' needs bool operands, not {Types.A(value.Type)}",
                value.Type == ExprType.String || value.Type.IsNumeric ? "compare it with something, e.g. x == ..." : null);
            ok = false;
        }
        if (!ok)
            return Bound.Error;
        var (l, r) = (Representation.Truthy(left), Representation.Truthy(right));
        return new Bound(ExprType.Bool, Representation.Bool(node.Op == TokenKind.AndAnd ? f => l(f) && r(f) : f => l(f) || r(f)));
    }

    /// <summary>Null-aware equality of two operands, or null when their types cannot be compared.</summary>
    private static Func<EvalFrame, bool>? Equality(Bound left, Bound right)
    {
        var type = Types.Unify(left.Type, right.Type);
        if (type is null || type is ExprType.List)
            return null;
        if (type == ExprType.Null)
            return static _ => true;
        // C#'s lifted == on nullables: null == null is true, null == x is false; strings ordinal; records their own Equals.
        var (l, r) = (Types.Coerce(left, type), Types.Coerce(right, type));
        if (type == ExprType.Int) return Equal<long>(l, r);
        if (type == ExprType.Double) { var (a, b) = (Representation.As<double?>(l), Representation.As<double?>(r)); return f => a(f) == b(f); }
        if (type == ExprType.Bool) return Equal<bool>(l, r);
        if (type == ExprType.Duration) return Equal<TimeSpan>(l, r);
        if (type == ExprType.String) { var (a, b) = (Representation.As<string?>(l), Representation.As<string?>(r)); return f => string.Equals(a(f), b(f)); }
        var (x, y) = (Representation.As<object?>(l), Representation.As<object?>(r));
        return f => Equals(x(f), y(f));
    }

    private static Func<EvalFrame, bool> Equal<T>(Delegate left, Delegate right) where T : struct, IEquatable<T>
    {
        var (a, b) = (Representation.As<T?>(left), Representation.As<T?>(right));
        return f => a(f) is { } x ? b(f) is { } y && x.Equals(y) : b(f) is null;
    }

    private Bound BindEquality(SyntaxNode.Binary node, Bound left, Bound right)
    {
        var equal = Equality(left, right);
        if (equal is null)
        {
            errors.Report(ExprDiagnosticCodes.TypeMismatch, node.OpStart, node.OpEnd, $"cannot compare {left.Type} with {right.Type} using '{OperatorText(node)}'",
                ConversionHint(left.Type, right.Type));
            return Bound.Error;
        }
        CheckVocabulary(left, node.Right);
        CheckVocabulary(right, node.Left);
        return new Bound(ExprType.Bool, Representation.Bool(node.Op == TokenKind.EqualEqual ? equal : f => !equal(f)));
    }

    private Bound BindOrdering(SyntaxNode.Binary node, Bound left, Bound right)
    {
        var type = Types.Unify(left.Type, right.Type);
        if (type is null || !(type.IsNumeric || type == ExprType.Duration || type == ExprType.String))
        {
            errors.Report(ExprDiagnosticCodes.TypeMismatch, node.OpStart, node.OpEnd, $"cannot order {left.Type} and {right.Type} with '{OperatorText(node)}'",
                ConversionHint(left.Type, right.Type));
            return Bound.Error;
        }
        var (l, r) = (Types.Coerce(left, type), Types.Coerce(right, type));
        var compare = type == ExprType.Int ? Representation.Lift<long?, long?, int?>(l, r, Comparison.Compare)
            : type == ExprType.Double ? Representation.Lift<double?, double?, int?>(l, r, Comparison.Compare)
            : type == ExprType.Duration ? Representation.Lift<TimeSpan?, TimeSpan?, int?>(l, r, Comparison.Compare)
            : Representation.Lift<string?, string?, int?>(l, r, Comparison.Compare);
        // Lifted comparisons of int?: a null comparison (a null operand) is false.
        Func<EvalFrame, bool> test = node.Op switch
        {
            TokenKind.Less => f => compare(f) < 0,
            TokenKind.LessEqual => f => compare(f) <= 0,
            TokenKind.Greater => f => compare(f) > 0,
            _ => f => compare(f) >= 0,
        };
        return new Bound(ExprType.Bool, Representation.Bool(test));
    }

    private static string? ConversionHint(ExprType a, ExprType b)
    {
        if (a == ExprType.String && b.IsNumeric || b == ExprType.String && a.IsNumeric)
            return "convert one side: int(s), double(s) or string(n)";
        if (a == ExprType.Duration && b.IsNumeric || b == ExprType.Duration && a.IsNumeric)
            return "write the number as a duration (e.g. 90s, 5m) or use seconds(d) / minutes(d)";
        if (a == ExprType.String && b == ExprType.Duration || b == ExprType.String && a == ExprType.Duration)
            return "use duration('5m') to read a duration from a string";
        return null;
    }

    private Bound BindArithmetic(SyntaxNode.Binary node, Bound left, Bound right)
    {
        var signature = ArithmeticSignature(node.Op, left.Type, right.Type);
        if (signature is not var (l, r, op))
        {
            errors.Report(ExprDiagnosticCodes.TypeMismatch, node.OpStart, node.OpEnd, $"operator '{OperatorText(node)}' cannot be applied to {left.Type} and {right.Type}",
                node.Op == TokenKind.Plus && (left.Type == ExprType.String || right.Type == ExprType.String) ? "'+' joins two strings: convert the other side with string(x)" : ConversionHint(left.Type, right.Type));
            return Bound.Error;
        }
        var (type, eval) = ArithmeticClosure(op, l, r, Types.Coerce(left, l), Types.Coerce(right, r));
        return new Bound(type, eval);
    }

    /// <summary>The closure and result type of one arithmetic signature (see <see cref="ArithmeticSignature"/>).</summary>
    private static (ExprType Type, Delegate Eval) ArithmeticClosure(TokenKind op, ExprType l, ExprType r, Delegate a, Delegate b)
    {
        var (i, d, dur) = (ExprType.Int, ExprType.Double, ExprType.Duration);
        if (l == i && r == i)
        {
            Func<long?, long?, long?> f = op switch
            {
                TokenKind.Plus => Arithmetic.Add, TokenKind.Minus => Arithmetic.Subtract, TokenKind.Star => Arithmetic.Multiply,
                TokenKind.Slash => Arithmetic.Divide, _ => Arithmetic.Remainder,
            };
            return (i, Representation.Lift(a, b, f));
        }
        if (l == d && r == d)
        {
            Func<double?, double?, double?> f = op switch
            {
                TokenKind.Plus => Arithmetic.Add, TokenKind.Minus => Arithmetic.Subtract, TokenKind.Star => Arithmetic.Multiply,
                TokenKind.Slash => Arithmetic.Divide, _ => Arithmetic.Remainder,
            };
            return (d, Representation.Lift(a, b, f));
        }
        if (l == ExprType.String)
            return (ExprType.String, Representation.Lift<string?, string?, string?>(a, b, Arithmetic.Add));
        if (l == dur && r == dur)
        {
            return op switch
            {
                TokenKind.Plus => (dur, Representation.Lift<TimeSpan?, TimeSpan?, TimeSpan?>(a, b, Arithmetic.Add)),
                TokenKind.Minus => (dur, Representation.Lift<TimeSpan?, TimeSpan?, TimeSpan?>(a, b, Arithmetic.Subtract)),
                _ => (d, Representation.Lift<TimeSpan?, TimeSpan?, double?>(a, b, Arithmetic.Divide)),
            };
        }
        if (l == dur)
            return (dur, op == TokenKind.Star
                ? Representation.Lift<TimeSpan?, double?, TimeSpan?>(a, b, Arithmetic.Multiply)
                : Representation.Lift<TimeSpan?, double?, TimeSpan?>(a, b, Arithmetic.Divide));
        return (dur, Representation.Lift<double?, TimeSpan?, TimeSpan?>(a, b, Arithmetic.Multiply));
    }

    /// <summary>The operand types an arithmetic operator works on (after null and int→double conversion), or null.</summary>
    private static (ExprType Left, ExprType Right, TokenKind Op)? ArithmeticSignature(TokenKind op, ExprType left, ExprType right)
    {
        // A null literal takes the type of the other side; the operation then yields null at run time.
        if (left == ExprType.Null) left = right;
        if (right == ExprType.Null) right = left;
        var numeric = left.IsNumeric && right.IsNumeric;
        var number = left == ExprType.Int && right == ExprType.Int ? ExprType.Int : ExprType.Double;
        var dur = ExprType.Duration;
        return op switch
        {
            TokenKind.Plus when numeric => (number, number, op),
            TokenKind.Plus when left == dur && right == dur => (dur, dur, op),
            TokenKind.Plus when left == ExprType.String && right == ExprType.String => (left, right, op),
            TokenKind.Minus when numeric => (number, number, op),
            TokenKind.Minus when left == dur && right == dur => (dur, dur, op),
            TokenKind.Star when numeric => (number, number, op),
            TokenKind.Star when left == dur && right.IsNumeric => (dur, ExprType.Double, op),
            TokenKind.Star when left.IsNumeric && right == dur => (ExprType.Double, dur, op),
            TokenKind.Slash when numeric => (number, number, op),
            TokenKind.Slash when left == dur && right.IsNumeric => (dur, ExprType.Double, op),
            TokenKind.Slash when left == dur && right == dur => (dur, dur, op),
            TokenKind.Percent when numeric => (number, number, op),
            _ => null,
        };
    }

    private Bound BindIn(SyntaxNode.Binary node)
    {
        var value = Bind(node.Left);
        if (node.Right is SyntaxNode.ListLiteral literal)
            return BindInLiteral(value, literal);
        var list = Bind(node.Right);
        if (value.IsError || list.IsError)
            return Bound.Error;
        if (list.Type is not ExprType.List listType)
        {
            errors.Report(ExprDiagnosticCodes.TypeMismatch, node.Right.Start, node.Right.End, $"'in' needs a list on its right, not {Types.A(list.Type)}",
                list.Type == ExprType.String ? "to look for a substring use s.contains(x)" : null);
            return Bound.Error;
        }
        return ListContains(node, list, listType, value) ?? Bound.Error;
    }

    /// <summary><c>x in [a, b]</c> is <c>x == a || x == b</c>: no list is built, and an empty list is simply false.</summary>
    private Bound BindInLiteral(Bound value, SyntaxNode.ListLiteral literal)
    {
        var items = literal.Items.Select(Bind).ToList();
        if (value.IsError || items.Any(i => i.IsError))
            return Bound.Error;
        Func<EvalFrame, bool> result = static _ => false;
        var ok = true;
        for (var i = items.Count - 1; i >= 0; i--)
        {
            var equal = Equality(value, items[i]);
            if (equal is null)
            {
                errors.Report(ExprDiagnosticCodes.TypeMismatch, literal.Items[i].Start, literal.Items[i].End,
                    $"'in' compares {Types.A(value.Type)} with this {items[i].Type}", ConversionHint(value.Type, items[i].Type));
                ok = false;
                continue;
            }
            CheckVocabulary(value, literal.Items[i]);
            var rest = result;
            result = i == items.Count - 1 ? equal : f => equal(f) || rest(f);
        }
        return ok ? new Bound(ExprType.Bool, Representation.Bool(result)) : Bound.Error;
    }

    /// <summary>Membership of <paramref name="value"/> in a list-typed expression (shared by <c>in</c> and <c>list.contains(x)</c>).</summary>
    private Bound? ListContains(SyntaxNode at, Bound list, ExprType.List listType, Bound value)
    {
        var element = listType.Element;
        if (!Types.Converts(value.Type, element))
        {
            errors.Report(ExprDiagnosticCodes.TypeMismatch, at.Start, at.End, $"{Types.A(value.Type)} is never in {Types.A(listType)}", ConversionHint(value.Type, element));
            return null;
        }
        var probe = Representation.Boxed(element, Types.Coerce(value, element));
        var contains = ListKit.For(element).Contains(Representation.As<object?>(list.Eval), probe);
        return new Bound(ExprType.Bool, Representation.Bool(contains));
    }
}
