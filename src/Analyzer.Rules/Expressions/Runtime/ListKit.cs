namespace Analyzer.Rules.Expressions.Runtime;

/// <summary>
/// The list operations, as closures over one element representation: <c>IReadOnlyList&lt;object&gt;</c> for strings and
/// records (a fact's <c>IReadOnlyList&lt;GoFrame&gt;</c> is one, by covariance) and <c>IReadOnlyList&lt;long&gt;</c>
/// (double, bool, TimeSpan) for value elements. The loop lives here, in reviewed code, and the language itself has
/// none. A macro's variable is the frame's local slot at its nesting depth. A null list is empty: exists → false,
/// all → true, filter/map → empty, count/size → 0; <c>list[i]</c> out of range → null.
/// </summary>
internal abstract class ListKit
{
    public static ListKit For(ExprType element) =>
        element == ExprType.Int ? ListKit<long>.Instance
        : element == ExprType.Double ? ListKit<double>.Instance
        : element == ExprType.Bool ? ListKit<bool>.Instance
        : element == ExprType.Duration ? ListKit<TimeSpan>.Instance
        : ListKit<object?>.Instance;

    public abstract Func<EvalFrame, bool> Exists(Func<EvalFrame, object?> list, int depth, Func<EvalFrame, bool> predicate);
    public abstract Func<EvalFrame, bool> All(Func<EvalFrame, object?> list, int depth, Func<EvalFrame, bool> predicate);
    public abstract Func<EvalFrame, long?> Count(Func<EvalFrame, object?> list, int depth, Func<EvalFrame, bool> predicate);
    public abstract Func<EvalFrame, object?> Filter(Func<EvalFrame, object?> list, int depth, Func<EvalFrame, bool> predicate);
    public abstract Func<EvalFrame, object?> Map(Func<EvalFrame, object?> list, int depth, Func<EvalFrame, object?> selector, ListKit result);
    public abstract Func<EvalFrame, long?> Size(Func<EvalFrame, object?> list);
    public abstract Func<EvalFrame, object?> Element(Func<EvalFrame, object?> list, Func<EvalFrame, long?> index);
    public abstract Func<EvalFrame, bool> Contains(Func<EvalFrame, object?> list, Func<EvalFrame, object?> value);

    /// <summary>A list built from boxed items (a list literal, a map's results): null value items become their zero.</summary>
    public abstract Func<EvalFrame, object?> Build(IReadOnlyList<Func<EvalFrame, object?>> items);

    internal abstract object NewArray(int length);
    internal abstract void Store(object array, int index, object? value);
}

internal sealed class ListKit<T> : ListKit
{
    public static readonly ListKit<T> Instance = new();

    private static readonly T[] Empty = [];

    private static IReadOnlyList<T>? View(object? value) => value as IReadOnlyList<T>;

    private static bool Equal(T a, object? b) =>
        typeof(T) == typeof(object) ? Equals(a, b) : b is T t && EqualityComparer<T>.Default.Equals(a, t);

    public override Func<EvalFrame, bool> Exists(Func<EvalFrame, object?> list, int depth, Func<EvalFrame, bool> predicate) => f =>
    {
        var l = View(list(f));
        if (l is null)
            return false;
        for (var i = 0; i < l.Count; i++)
        {
            f.SetLocal(depth, l[i]);
            if (predicate(f))
                return true;
        }
        return false;
    };

    public override Func<EvalFrame, bool> All(Func<EvalFrame, object?> list, int depth, Func<EvalFrame, bool> predicate) => f =>
    {
        var l = View(list(f));
        if (l is null)
            return true;
        for (var i = 0; i < l.Count; i++)
        {
            f.SetLocal(depth, l[i]);
            if (!predicate(f))
                return false;
        }
        return true;
    };

    public override Func<EvalFrame, long?> Count(Func<EvalFrame, object?> list, int depth, Func<EvalFrame, bool> predicate) => f =>
    {
        var l = View(list(f));
        long n = 0;
        if (l is null)
            return n;
        for (var i = 0; i < l.Count; i++)
        {
            f.SetLocal(depth, l[i]);
            if (predicate(f))
                n++;
        }
        return n;
    };

    public override Func<EvalFrame, object?> Filter(Func<EvalFrame, object?> list, int depth, Func<EvalFrame, bool> predicate) => f =>
    {
        var result = new List<T>();
        var l = View(list(f));
        if (l is null)
            return result;
        for (var i = 0; i < l.Count; i++)
        {
            f.SetLocal(depth, l[i]);
            if (predicate(f))
                result.Add(l[i]);
        }
        return result;
    };

    public override Func<EvalFrame, object?> Map(Func<EvalFrame, object?> list, int depth, Func<EvalFrame, object?> selector, ListKit result) => f =>
    {
        var l = View(list(f));
        if (l is null)
            return result.NewArray(0);
        var array = result.NewArray(l.Count);
        for (var i = 0; i < l.Count; i++)
        {
            f.SetLocal(depth, l[i]);
            result.Store(array, i, selector(f));
        }
        return array;
    };

    public override Func<EvalFrame, long?> Size(Func<EvalFrame, object?> list) => f => View(list(f))?.Count ?? 0;

    public override Func<EvalFrame, object?> Element(Func<EvalFrame, object?> list, Func<EvalFrame, long?> index) => f =>
    {
        var l = View(list(f));
        return l is not null && index(f) is { } i && i >= 0 && i < l.Count ? l[(int)i] : null;
    };

    public override Func<EvalFrame, bool> Contains(Func<EvalFrame, object?> list, Func<EvalFrame, object?> value) => f =>
    {
        var l = View(list(f));
        var v = value(f);
        // Value elements cannot be null, so a null value is never in such a list; reference elements use ==.
        if (l is null || (v is null && typeof(T) != typeof(object)))
            return false;
        for (var i = 0; i < l.Count; i++)
        {
            if (Equal(l[i], v))
                return true;
        }
        return false;
    };

    public override Func<EvalFrame, object?> Build(IReadOnlyList<Func<EvalFrame, object?>> items) => f =>
    {
        var array = new T[items.Count];
        for (var i = 0; i < array.Length; i++)
            array[i] = items[i](f) is T t ? t : default!;
        return array;
    };

    internal override object NewArray(int length) => length == 0 ? Empty : new T[length];

    internal override void Store(object array, int index, object? value) => ((T[])array)[index] = value is T t ? t : default!;
}
