using Analyzer.Parsing;
namespace Analyzer.Families.Go.Parsers.PprofProto;

/// <summary>
/// Picks the nodes worth a fact: the top N by flat and the top N by cum, union, in flat order with cum-only nodes
/// after. Ties break on the name, then the other value, like pprof's FlatNameOrder / CumNameOrder (checked against
/// `go tool pprof -top` on the sample profile: runtime.add 0.04s/0.04s prints before runtime.mapassign_fast64
/// 0.04s/0.13s).
/// </summary>
internal static class TopFunctions
{
    public const int PerOrder = 50;

    public static IReadOnlyList<int> Select(SampleAggregator totals, FunctionNodes nodes, int type, int perOrder = PerOrder)
    {
        var present = Enumerable.Range(0, nodes.Count)
            .Where(n => totals.FlatOf(n, type) != 0 || totals.CumOf(n, type) != 0)
            .ToList();
        var byFlat = present
            .OrderByDescending(n => Saturating.Abs(totals.FlatOf(n, type)))
            .ThenBy(n => nodes.Names[n], StringComparer.Ordinal)
            .ThenByDescending(n => Saturating.Abs(totals.CumOf(n, type)))
            .Take(perOrder);
        var byCum = present
            .OrderByDescending(n => Saturating.Abs(totals.CumOf(n, type)))
            .ThenBy(n => nodes.Names[n], StringComparer.Ordinal)
            .ThenByDescending(n => Saturating.Abs(totals.FlatOf(n, type)))
            .Take(perOrder);
        return byFlat.Concat(byCum).Distinct().ToList();
    }
}
