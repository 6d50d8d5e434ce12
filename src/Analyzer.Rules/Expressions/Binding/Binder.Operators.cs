using System.Linq.Expressions;
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
                return new Bound(ExprType.Bool, Representation.Bool(Expression.Not(Representation.Truthy(operand))));
            errors.Report(ExprDiagnosticCodes.TypeMismatch, node.Start, node.End, $"'!' needs a bool, not {Types.A(operand.Type)}");
            return Bound.Error;
        }
        if (operand.Type == ExprType.Int || operand.Type == ExprType.Double || operand.Type == ExprType.Duration)
        {
            var method = Representation.Method(typeof(Arithmetic), nameof(Arithmetic.Negate), Representation.Of(operand.Type));
            return new Bound(operand.Type, Expression.Call(method, operand.Expr));
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
        return new Bound(ExprType.Bool, Representation.Bool(node.Op == TokenKind.AndAnd ? Expression.AndAlso(l, r) : Expression.OrElse(l, r)));
    }

    /// <summary>Null-aware equality of two operands, or null when their types cannot be compared.</summary>
    private static Expression? Equality(Bound left, Bound right)
    {
        var type = Types.Unify(left.Type, right.Type);
        if (type is null || type is ExprType.List)
            return null;
        if (type == ExprType.Null)
            return Expression.Constant(true);
        // Lifted with liftToNull = false: null == null is true, null == x is false; records use their own ==.
        return Expression.Equal(Types.Coerce(left, type), Types.Coerce(right, type));
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
        return new Bound(ExprType.Bool, Representation.Bool(node.Op == TokenKind.EqualEqual ? equal : Expression.Not(equal)));
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
        var method = Representation.Method(typeof(Comparison), nameof(Comparison.Compare), Representation.Of(type), Representation.Of(type));
        var compare = Expression.Call(method, Types.Coerce(left, type), Types.Coerce(right, type));
        var zero = Expression.Constant(0, typeof(int?));
        // Lifted comparisons of int? with liftToNull = false: a null comparison (a null operand) is false.
        Expression test = node.Op switch
        {
            TokenKind.Less => Expression.LessThan(compare, zero),
            TokenKind.LessEqual => Expression.LessThanOrEqual(compare, zero),
            TokenKind.Greater => Expression.GreaterThan(compare, zero),
            _ => Expression.GreaterThanOrEqual(compare, zero),
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
        if (signature is not var (l, r, name))
        {
            errors.Report(ExprDiagnosticCodes.TypeMismatch, node.OpStart, node.OpEnd, $"operator '{OperatorText(node)}' cannot be applied to {left.Type} and {right.Type}",
                node.Op == TokenKind.Plus && (left.Type == ExprType.String || right.Type == ExprType.String) ? "'+' joins two strings: convert the other side with string(x)" : ConversionHint(left.Type, right.Type));
            return Bound.Error;
        }
        var method = Representation.Method(typeof(Arithmetic), name, Representation.Of(l), Representation.Of(r));
        var type = ResultOf(method.ReturnType);
        return new Bound(type, Expression.Call(method, Types.Coerce(left, l), Types.Coerce(right, r)));
    }

    private static ExprType ResultOf(Type clr) =>
        clr == typeof(long?) ? ExprType.Int
        : clr == typeof(double?) ? ExprType.Double
        : clr == typeof(TimeSpan?) ? ExprType.Duration
        : clr == typeof(string) ? ExprType.String
        : throw new InvalidOperationException($"unexpected arithmetic result {clr}");

    /// <summary>The operand types an arithmetic operator works on (after null and int→double conversion), or null.</summary>
    private static (ExprType Left, ExprType Right, string Method)? ArithmeticSignature(TokenKind op, ExprType left, ExprType right)
    {
        // A null literal takes the type of the other side; the operation then yields null at run time.
        if (left == ExprType.Null) left = right;
        if (right == ExprType.Null) right = left;
        var numeric = left.IsNumeric && right.IsNumeric;
        var number = left == ExprType.Int && right == ExprType.Int ? ExprType.Int : ExprType.Double;
        var dur = ExprType.Duration;
        return op switch
        {
            TokenKind.Plus when numeric => (number, number, nameof(Arithmetic.Add)),
            TokenKind.Plus when left == dur && right == dur => (dur, dur, nameof(Arithmetic.Add)),
            TokenKind.Plus when left == ExprType.String && right == ExprType.String => (left, right, nameof(Arithmetic.Add)),
            TokenKind.Minus when numeric => (number, number, nameof(Arithmetic.Subtract)),
            TokenKind.Minus when left == dur && right == dur => (dur, dur, nameof(Arithmetic.Subtract)),
            TokenKind.Star when numeric => (number, number, nameof(Arithmetic.Multiply)),
            TokenKind.Star when left == dur && right.IsNumeric => (dur, ExprType.Double, nameof(Arithmetic.Multiply)),
            TokenKind.Star when left.IsNumeric && right == dur => (ExprType.Double, dur, nameof(Arithmetic.Multiply)),
            TokenKind.Slash when numeric => (number, number, nameof(Arithmetic.Divide)),
            TokenKind.Slash when left == dur && right.IsNumeric => (dur, ExprType.Double, nameof(Arithmetic.Divide)),
            TokenKind.Slash when left == dur && right == dur => (dur, dur, nameof(Arithmetic.Divide)),
            TokenKind.Percent when numeric => (number, number, nameof(Arithmetic.Remainder)),
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
        Expression result = Expression.Constant(false);
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
            result = i == items.Count - 1 ? equal : Expression.OrElse(equal, result);
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
        var clr = element.ClrType;
        var method = Representation.Generic(typeof(Lists), clr.IsValueType ? nameof(Lists.ContainsValue) : nameof(Lists.ContainsRef), clr);
        var probe = Types.Coerce(value, element);
        if (!clr.IsValueType && probe.Type != clr)
            probe = Expression.Convert(probe, clr);
        return new Bound(ExprType.Bool, Representation.Bool(Expression.Call(method, list.Expr, probe)));
    }
}
