namespace Analyzer.Parsing;

/// <summary>
/// Arithmetic on values read from a bundle: they can be anything a 64-bit field holds, so sums and magnitudes
/// stop at <see cref="long.MaxValue"/>/<see cref="long.MinValue"/> instead of wrapping (a wrapped total turns
/// shares negative and crashes formatting) or throwing (LINQ's checked <c>Sum</c>). Callers that saturate say so as
/// a problem of the input, so a capped figure never passes for an exact one.
/// </summary>
internal static class Saturating
{
    public static long Add(long a, long b)
    {
        var sum = unchecked(a + b);
        // Overflow happened when both operands share a sign and the result does not.
        if (((a ^ sum) & (b ^ sum)) < 0)
            return a < 0 ? long.MinValue : long.MaxValue;
        return sum;
    }

    /// <summary>|value|, with |long.MinValue| taken as long.MaxValue (Math.Abs throws there).</summary>
    public static long Abs(long value) => value == long.MinValue ? long.MaxValue : Math.Abs(value);

    public static long Sum<T>(IEnumerable<T> items, Func<T, long> value)
    {
        long total = 0;
        foreach (var item in items)
            total = Add(total, value(item));
        return total;
    }

    /// <summary>True when <paramref name="value"/> is where a saturating sum stops.</summary>
    public static bool AtLimit(long value) => value is long.MaxValue or long.MinValue;
}
