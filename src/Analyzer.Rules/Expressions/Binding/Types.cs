namespace Analyzer.Rules.Expressions.Binding;

/// <summary>The few implicit conversions the language allows: null to any type, int to double. Nothing else.</summary>
internal static class Types
{
    /// <summary>The common type of two operands (for ==, ?:, list items), or null when they do not mix.</summary>
    public static ExprType? Unify(ExprType a, ExprType b)
    {
        if (a == b)
            return a;
        if (a == ExprType.Null)
            return b;
        if (b == ExprType.Null)
            return a;
        if (a.IsNumeric && b.IsNumeric)
            return ExprType.Double;
        return null;
    }

    public static bool Converts(ExprType from, ExprType to) =>
        from == to || from == ExprType.Null || (from == ExprType.Int && to == ExprType.Double);

    /// <summary>The closure of <paramref name="value"/> as the representation of <paramref name="target"/>.</summary>
    public static Delegate Coerce(Bound value, ExprType target)
    {
        if (value.Type == target)
            return value.Eval;
        if (value.Type == ExprType.Null)
            return Representation.Null(target);
        if (value.Type == ExprType.Int && target == ExprType.Double)
        {
            var f = Representation.As<long?>(value.Eval);
            return new Func<EvalFrame, double?>(x => f(x));
        }
        throw new InvalidOperationException($"no conversion from {value.Type} to {target}");
    }

    /// <summary>The type with its article, for messages: "an int", "a string", "null".</summary>
    public static string A(ExprType type) =>
        type == ExprType.Null ? "null" : ("aeiou".Contains(char.ToLowerInvariant(type.Name[0]), StringComparison.Ordinal) ? "an " : "a ") + type.Name;

    public static bool IsBoolLike(ExprType type) => type == ExprType.Bool || type == ExprType.Null;
}
