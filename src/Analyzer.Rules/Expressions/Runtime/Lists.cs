namespace Analyzer.Rules.Expressions.Runtime;

/// <summary>
/// The list macros and helpers. Each takes the predicate compiled as a nested delegate, so the loop lives
/// here, in reviewed code, and the language itself has none. A null list is empty: exists → false,
/// all → true, filter/map → empty, count/size → 0.
/// </summary>
internal static class Lists
{
    public static bool Exists<T>(IReadOnlyList<T>? list, Func<T, bool> predicate)
    {
        if (list is null)
            return false;
        for (var i = 0; i < list.Count; i++)
        {
            if (predicate(list[i]))
                return true;
        }
        return false;
    }

    public static bool All<T>(IReadOnlyList<T>? list, Func<T, bool> predicate)
    {
        if (list is null)
            return true;
        for (var i = 0; i < list.Count; i++)
        {
            if (!predicate(list[i]))
                return false;
        }
        return true;
    }

    public static long? Count<T>(IReadOnlyList<T>? list, Func<T, bool> predicate)
    {
        long n = 0;
        for (var i = 0; list is not null && i < list.Count; i++)
        {
            if (predicate(list[i]))
                n++;
        }
        return n;
    }

    public static IReadOnlyList<T> Filter<T>(IReadOnlyList<T>? list, Func<T, bool> predicate)
    {
        var result = new List<T>();
        for (var i = 0; list is not null && i < list.Count; i++)
        {
            if (predicate(list[i]))
                result.Add(list[i]);
        }
        return result;
    }

    public static IReadOnlyList<TResult> Map<T, TResult>(IReadOnlyList<T>? list, Func<T, TResult> selector)
    {
        if (list is null)
            return [];
        var result = new TResult[list.Count];
        for (var i = 0; i < list.Count; i++)
            result[i] = selector(list[i]);
        return result;
    }

    public static long? Size<T>(IReadOnlyList<T>? list) => list?.Count ?? 0;

    /// <summary><c>x in list</c> for reference elements (string, record): null-aware equality, like <c>==</c>.</summary>
    public static bool ContainsRef<T>(IReadOnlyList<T>? list, T? value) where T : class
    {
        for (var i = 0; list is not null && i < list.Count; i++)
        {
            if (EqualityComparer<T>.Default.Equals(list[i], value))
                return true;
        }
        return false;
    }

    /// <summary><c>x in list</c> for value elements: the elements cannot be null, so a null value is never in it.</summary>
    public static bool ContainsValue<T>(IReadOnlyList<T>? list, T? value) where T : struct
    {
        if (value is null)
            return false;
        for (var i = 0; list is not null && i < list.Count; i++)
        {
            if (EqualityComparer<T>.Default.Equals(list[i], value.Value))
                return true;
        }
        return false;
    }

    /// <summary><c>list[i]</c>: null when the list is null or the index is out of range (no exceptions from rules).</summary>
    public static T? ElementRef<T>(IReadOnlyList<T>? list, long? index) where T : class =>
        list is not null && index is { } i && i >= 0 && i < list.Count ? list[(int)i] : null;

    public static T? ElementValue<T>(IReadOnlyList<T>? list, long? index) where T : struct =>
        list is not null && index is { } i && i >= 0 && i < list.Count ? list[(int)i] : null;
}
