namespace Analyzer.Rules.Facts;

/// <summary>
/// Conversions from engine values (the language has one integer type, long, and builds lists of object) to a field's
/// CLR type, used by the generated setters. Generic over a type known at build time, so nothing is made at run time.
/// </summary>
public static class FieldValue
{
    public static T As<T>(object? value) => value switch
    {
        T t => t,
        null => default!,
        long l when typeof(T) == typeof(int) || typeof(T) == typeof(int?) => (T)(object)unchecked((int)l),
        long l when typeof(T) == typeof(double) || typeof(T) == typeof(double?) => (T)(object)(double)l,
        long l when typeof(T) == typeof(float) || typeof(T) == typeof(float?) => (T)(object)(float)l,
        double d when typeof(T) == typeof(float) || typeof(T) == typeof(float?) => (T)(object)(float)d,
        _ => throw new InvalidCastException($"cannot store a {value.GetType().Name} in a {typeof(T).Name} field"),
    };

    public static IReadOnlyList<T> List<T>(object? value)
    {
        switch (value)
        {
            case null:
                return [];
            case IReadOnlyList<T> typed:
                return typed;
            case System.Collections.IEnumerable items:
                var list = new System.Collections.Generic.List<T>();
                foreach (var item in items)
                    list.Add(As<T>(item));
                return list;
            default:
                throw new InvalidCastException($"cannot store a {value.GetType().Name} in a list field");
        }
    }
}
