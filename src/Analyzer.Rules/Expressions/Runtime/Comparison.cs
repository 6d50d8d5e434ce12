namespace Analyzer.Rules.Expressions.Runtime;

/// <summary>
/// Three-way comparisons for the ordering operators; null when either side is null, which the compiled
/// <c>cmp &lt; 0</c> turns into false (ordering with null is false). Strings compare ordinally: rules must not
/// change meaning with the machine's culture.
/// </summary>
internal static class Comparison
{
    public static int? Compare(long? a, long? b) => a is null || b is null ? null : a.Value.CompareTo(b.Value);
    public static int? Compare(double? a, double? b) => a is null || b is null || double.IsNaN(a.Value) || double.IsNaN(b.Value) ? null : a.Value.CompareTo(b.Value);
    public static int? Compare(TimeSpan? a, TimeSpan? b) => a is null || b is null ? null : a.Value.CompareTo(b.Value);
    public static int? Compare(string? a, string? b) => a is null || b is null ? null : string.CompareOrdinal(a, b);
}
