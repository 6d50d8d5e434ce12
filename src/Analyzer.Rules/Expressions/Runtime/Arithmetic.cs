namespace Analyzer.Rules.Expressions.Runtime;

/// <summary>
/// Arithmetic called from compiled expressions. Every operand is nullable and null propagates (arithmetic with
/// null is null). Operations that would throw in C# (integer division by zero, a duration out of range)
/// yield null instead: a rule over odd data must not take the whole analysis down.
/// </summary>
internal static class Arithmetic
{
    public static long? Add(long? a, long? b) => a + b;
    public static double? Add(double? a, double? b) => a + b;
    public static string? Add(string? a, string? b) => a is null || b is null ? null : string.Concat(a, b);
    public static TimeSpan? Add(TimeSpan? a, TimeSpan? b) => Guard(() => a + b);

    public static long? Subtract(long? a, long? b) => a - b;
    public static double? Subtract(double? a, double? b) => a - b;
    public static TimeSpan? Subtract(TimeSpan? a, TimeSpan? b) => Guard(() => a - b);

    public static long? Multiply(long? a, long? b) => a * b;
    public static double? Multiply(double? a, double? b) => a * b;
    public static TimeSpan? Multiply(TimeSpan? a, double? b) => a is null || b is null ? null : Guard(() => a.Value * b.Value);
    public static TimeSpan? Multiply(double? a, TimeSpan? b) => Multiply(b, a);

    public static long? Divide(long? a, long? b) => a is null || b is null || b == 0 || (a == long.MinValue && b == -1) ? null : a / b;
    public static double? Divide(double? a, double? b) => a / b;
    public static TimeSpan? Divide(TimeSpan? a, double? b) => a is null || b is null || b == 0 ? null : Guard(() => a.Value / b.Value);
    public static double? Divide(TimeSpan? a, TimeSpan? b) => a is null || b is null || b == TimeSpan.Zero ? null : a.Value / b.Value;

    public static long? Remainder(long? a, long? b) => a is null || b is null || b == 0 ? null : b == -1 ? 0 : a % b;
    public static double? Remainder(double? a, double? b) => a % b;

    public static long? Negate(long? a) => -a;
    public static double? Negate(double? a) => -a;
    public static TimeSpan? Negate(TimeSpan? a) => Guard(() => -a);

    private static TimeSpan? Guard(Func<TimeSpan?> op)
    {
        try
        {
            return op();
        }
        catch (OverflowException)
        {
            return null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
