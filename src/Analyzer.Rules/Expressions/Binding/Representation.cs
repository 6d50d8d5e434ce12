using Analyzer.Rules.Expressions.Runtime;

namespace Analyzer.Rules.Expressions.Binding;

/// <summary>
/// How values travel inside a compiled expression: each node is a typed closure over the <see cref="EvalFrame"/>
/// (a tree of delegates, no run-time code generation, so the same engine runs under Native AOT). Scalars of value type
/// are carried as Nullable&lt;T&gt; — <c>Func&lt;EvalFrame, long?&gt;</c>, <c>double?</c>, <c>bool?</c>,
/// <c>TimeSpan?</c> — because any value may be null at run time (optional binding, nullable field, missing param);
/// strings are <c>Func&lt;EvalFrame, string?&gt;</c>; lists, records and null are <c>Func&lt;EvalFrame, object?&gt;</c>.
/// </summary>
internal static class Representation
{
    private static readonly object True = true;
    private static readonly object False = false;

    public static Func<EvalFrame, T> As<T>(Delegate eval) => (Func<EvalFrame, T>)eval;

    public static Delegate Null(ExprType type) => Constant(type, null);

    /// <summary>A closure that always yields <paramref name="value"/> (a literal, a pre-parsed duration, null).</summary>
    public static Delegate Constant(ExprType type, object? value)
    {
        if (type == ExprType.Int) { var v = (long?)value; return new Func<EvalFrame, long?>(_ => v); }
        if (type == ExprType.Double) { var v = value is long l ? l : (double?)value; return new Func<EvalFrame, double?>(_ => v); }
        if (type == ExprType.Bool) { var v = (bool?)value; return new Func<EvalFrame, bool?>(_ => v); }
        if (type == ExprType.Duration) { var v = (TimeSpan?)value; return new Func<EvalFrame, TimeSpan?>(_ => v); }
        if (type == ExprType.String) { var v = (string?)value; return new Func<EvalFrame, string?>(_ => v); }
        return new Func<EvalFrame, object?>(_ => value);
    }

    /// <summary>A boxed value (a frame slot, a macro variable, a list element) read as the representation of <paramref name="type"/>; a mistyped value reads as null.</summary>
    public static Delegate FromObject(ExprType type, Func<EvalFrame, object?> raw)
    {
        if (type == ExprType.Int) return new Func<EvalFrame, long?>(f => SlotReader.Int(raw(f)));
        if (type == ExprType.Double) return new Func<EvalFrame, double?>(f => SlotReader.Double(raw(f)));
        if (type == ExprType.Bool) return new Func<EvalFrame, bool?>(f => SlotReader.Bool(raw(f)));
        if (type == ExprType.Duration) return new Func<EvalFrame, TimeSpan?>(f => SlotReader.Duration(raw(f)));
        if (type == ExprType.String) return new Func<EvalFrame, string?>(f => SlotReader.String(raw(f)));
        if (type is ExprType.Record record)
        {
            // Fact records are sealed: the exact-type test is the common, cheap one.
            var clr = record.ClrType;
            return new Func<EvalFrame, object?>(f => raw(f) is { } v && (v.GetType() == clr || clr.IsInstanceOfType(v)) ? v : null);
        }
        if (type is ExprType.List)
            return new Func<EvalFrame, object?>(f => raw(f) as System.Collections.IEnumerable);
        return raw;
    }

    /// <summary>The value boxed, as an expression's result or a list element on its way into a list: null stays null.</summary>
    public static Func<EvalFrame, object?> Boxed(ExprType type, Delegate eval)
    {
        if (type == ExprType.Int) { var f = As<long?>(eval); return x => f(x); }
        if (type == ExprType.Double) { var f = As<double?>(eval); return x => f(x); }
        if (type == ExprType.Bool) { var f = As<bool?>(eval); return x => f(x) is { } b ? b ? True : False : null; }
        if (type == ExprType.Duration) { var f = As<TimeSpan?>(eval); return x => f(x); }
        if (type == ExprType.String) return As<string?>(eval);
        return As<object?>(eval);
    }

    /// <summary>Null and false are both false: conditions never see a three-valued bool.</summary>
    public static Func<EvalFrame, bool> Truthy(Bound value)
    {
        if (value.Type == ExprType.Null || value.IsError)
            return static _ => false;
        var f = As<bool?>(value.Eval);
        return x => f(x) ?? false;
    }

    public static Func<EvalFrame, bool?> Bool(Func<EvalFrame, bool> plain) => x => plain(x);

    /// <summary>A field of a record-valued target through the catalog's typed getter; null when the target is null.</summary>
    public static Func<EvalFrame, T> Member<T>(Func<EvalFrame, object?> target, Func<object, T> getter) =>
        x => target(x) is { } o ? getter(o) : default!;

    /// <summary><c>c ? a : b</c> over the representation of <paramref name="type"/>.</summary>
    public static Delegate Conditional(ExprType type, Func<EvalFrame, bool> condition, Delegate whenTrue, Delegate whenFalse)
    {
        if (type == ExprType.Int) return Choose(condition, As<long?>(whenTrue), As<long?>(whenFalse));
        if (type == ExprType.Double) return Choose(condition, As<double?>(whenTrue), As<double?>(whenFalse));
        if (type == ExprType.Bool) return Choose(condition, As<bool?>(whenTrue), As<bool?>(whenFalse));
        if (type == ExprType.Duration) return Choose(condition, As<TimeSpan?>(whenTrue), As<TimeSpan?>(whenFalse));
        if (type == ExprType.String) return Choose(condition, As<string?>(whenTrue), As<string?>(whenFalse));
        return Choose(condition, As<object?>(whenTrue), As<object?>(whenFalse));
    }

    private static Func<EvalFrame, T> Choose<T>(Func<EvalFrame, bool> condition, Func<EvalFrame, T> whenTrue, Func<EvalFrame, T> whenFalse) =>
        x => condition(x) ? whenTrue(x) : whenFalse(x);

    /// <summary><c>op(a, b)</c> over two typed closures.</summary>
    public static Func<EvalFrame, TResult> Lift<TA, TB, TResult>(Delegate left, Delegate right, Func<TA, TB, TResult> op)
    {
        var l = As<TA>(left);
        var r = As<TB>(right);
        return x => op(l(x), r(x));
    }

    /// <summary><c>op(a)</c> over a typed closure.</summary>
    public static Func<EvalFrame, TResult> Lift<TA, TResult>(Delegate operand, Func<TA, TResult> op)
    {
        var a = As<TA>(operand);
        return x => op(a(x));
    }
}
