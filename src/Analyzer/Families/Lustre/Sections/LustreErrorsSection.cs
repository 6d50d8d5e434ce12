using Analyzer.Reporting;
using Analyzer.Reporting.Sections;
using System.Globalization;
using Analyzer.Families.Lustre.Facts;
using Analyzer.Rules.Facts;

namespace Analyzer.Families.Lustre.Sections;

/// <summary>
/// Lustre debug-log trouble per target: evictions, RPC timeouts, failed RPCs, lost/restored connections and other
/// errors, with the NIDs named and the first record to read. Targets with evictions first, then by records.
/// </summary>
internal sealed class LustreErrorsSection : IReportSection
{
    private const int MaxRows = 25;

    public ReportTable? Build(FactSet facts)
    {
        var groups = facts.Of<LustreErrorGroup>().ToList();
        if (groups.Count == 0) return null;
        var targets = groups
            .GroupBy(g => g.Target, StringComparer.Ordinal)
            .Select(t => new
            {
                Target = t.Key.Length > 0 ? t.Key : "(none named)",
                Nids = string.Join(", ", t.Select(g => g.Nid).Where(n => n.Length > 0).Distinct().Order(StringComparer.Ordinal).Take(3)),
                Evictions = Sum(t, "eviction", "lock-callback-timeout"),
                Timeouts = Sum(t, "rpc-timeout"),
                Failed = Sum(t, "rpc-network-error", "rpc-failed"),
                Lost = Sum(t, "connection-lost"),
                Restored = Sum(t, "reconnect"),
                Other = Sum(t, "error", "lnet-error", "lock-timeout"),
                Longest = t.Max(g => g.MaxWait),
                First = t.Select(g => g.FirstTime).Min(StringComparer.Ordinal)!,
                Last = t.Select(g => g.LastTime).Max(StringComparer.Ordinal)!,
                Evidence = t.OrderBy(g => g.Path, StringComparer.Ordinal).ThenBy(g => g.Provenance.Line).First().Provenance.ToString(),
                Records = t.Sum(g => g.Count),
            })
            .OrderByDescending(t => t.Evictions)
            .ThenByDescending(t => t.Records)
            .ThenBy(t => t.Target, StringComparer.Ordinal)
            .ToList();
        var rows = targets.Take(MaxRows).Select(t => (IReadOnlyList<string>)
        [
            t.Target, t.Nids, N(t.Evictions), N(t.Timeouts), N(t.Failed), $"{N(t.Lost)} / {N(t.Restored)}", N(t.Other),
            t.Longest > TimeSpan.Zero ? TraceDurationText.Format(t.Longest) : "",
            t.First == t.Last ? t.First : $"{t.First} – {t.Last}",
            t.Evidence,
        ]).ToList();
        return new ReportTable(
            "Lustre errors by target",
            $"{groups.Sum(g => g.Count)} trouble records of the Lustre debug log(s) in {groups.Count} groups, by the target they name.",
            ["Target", "Peer NIDs", "Evictions", "RPC timeouts", "Failed RPCs", "Lost / restored", "Other errors", "Longest RPC wait", "When", "First record"],
            rows,
            targets.Count > MaxRows ? $"{targets.Count - MaxRows} more targets not shown." : null);
    }

    private static long Sum(IEnumerable<LustreErrorGroup> groups, params string[] kinds) =>
        groups.Where(g => kinds.Contains(g.Kind)).Sum(g => g.Count);

    private static string N(long n) => n.ToString(CultureInfo.InvariantCulture);
}
