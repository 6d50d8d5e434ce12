using Analyzer.Rules.Expressions;

namespace Analyzer.Rules.Engine;

/// <summary>The aggregate functions over one group's row values. Nulls are ignored, as in SQL.</summary>
internal static class Aggregates
{
    public static object? Compute(CompiledAggregate aggregate, IReadOnlyList<object?> values, int rows)
    {
        if (aggregate.Function == "count")
            return (long)(aggregate.Argument is null ? rows : values.Count(v => v is not null && v is not false));
        var present = values.Where(v => v is not null).ToList();
        if (aggregate.Function == "distinct")
            return (long)present.Distinct().Count();
        if (present.Count == 0)
            return null;
        var type = aggregate.Argument!.Type;
        return aggregate.Function switch
        {
            "min" => present.Min(),
            "max" => present.Max(),
            "sum" => Sum(present, type),
            "avg" => type == ExprType.Duration
                ? TimeSpan.FromTicks((long)present.Cast<TimeSpan>().Average(t => t.Ticks))
                : present.Select(Convert.ToDouble).Average(),
            "percentile" => Percentile(present, type, aggregate.Percentile ?? 50),
            _ => throw new InvalidOperationException($"unknown aggregate {aggregate.Function}"),
        };
    }

    // Each branch boxes on its own: a conditional expression would widen the long sum to double.
    private static object Sum(List<object?> values, ExprType type)
    {
        if (type == ExprType.Duration) return values.Cast<TimeSpan>().Aggregate(TimeSpan.Zero, (a, b) => a + b);
        if (type == ExprType.Int) return values.Cast<long>().Sum();
        return values.Select(Convert.ToDouble).Sum();
    }

    /// <summary>Nearest-rank percentile: the smallest value with at least p% of the values at or below it.</summary>
    private static object Percentile(List<object?> values, ExprType type, double p)
    {
        var sorted = values.OrderBy(v => v).ToList();
        var rank = Math.Max(1, (int)Math.Ceiling(p / 100 * sorted.Count));
        var value = sorted[rank - 1]!;
        return type == ExprType.Duration ? value : Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture);
    }
}
