using System.Linq.Expressions;
using System.Reflection;

namespace Analyzer.Rules.Expressions.Binding;

/// <summary>
/// How values travel inside a compiled expression. Scalars of value type are carried as Nullable&lt;T&gt;
/// (long?, double?, bool?, TimeSpan?) because any value may be null at run time (optional binding, nullable
/// field, missing param); strings, lists and records are references already. List elements and fact
/// properties keep their plain CLR type and are converted at the boundary.
/// </summary>
internal static class Representation
{
    public static Type Of(ExprType type) => type switch
    {
        ExprType.Scalar { ClrType.IsValueType: true } s => typeof(Nullable<>).MakeGenericType(s.ClrType),
        _ => type.ClrType,
    };

    public static Expression Null(ExprType type) => Expression.Constant(null, Of(type));

    /// <summary>A CLR value (a property of type int, long?, float..., a list element) as the representation of <paramref name="type"/>.</summary>
    public static Expression FromClr(Expression value, ExprType type)
    {
        var target = Of(type);
        return value.Type == target ? value : Expression.Convert(value, target);
    }

    /// <summary>The representation as a plain list element: a null int/double/bool/duration becomes its zero value.</summary>
    public static Expression ToElement(Expression value, ExprType type)
    {
        var clr = type.ClrType;
        if (value.Type == clr)
            return value;
        if (clr.IsValueType)
            return Expression.Coalesce(value, Expression.Default(clr));
        return Expression.Convert(value, clr);
    }

    /// <summary>Null and false are both false: conditions never see a three-valued bool.</summary>
    public static Expression Truthy(Bound value) =>
        value.Type == ExprType.Null || value.IsError
            ? Expression.Constant(false)
            : Expression.Coalesce(value.Expr, Expression.Constant(false));

    public static Expression Bool(Expression plainBool) => Expression.Convert(plainBool, typeof(bool?));

    public static MethodInfo Method(Type owner, string name, params Type[] parameters) =>
        owner.GetMethod(name, BindingFlags.Public | BindingFlags.Static, parameters)
        ?? throw new InvalidOperationException($"{owner.Name}.{name} is missing");

    public static MethodInfo Generic(Type owner, string name, params Type[] typeArguments) =>
        (owner.GetMethod(name, BindingFlags.Public | BindingFlags.Static) ?? throw new InvalidOperationException($"{owner.Name}.{name} is missing"))
        .MakeGenericMethod(typeArguments);
}
