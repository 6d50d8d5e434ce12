using Analyzer.Parsing;
using Analyzer.Reporting;
using Analyzer.Reporting.Sections;
using Analyzer.Families.Go.Facts;
using Analyzer.Rules.Facts;
using Analyzer.Rules.Model;

namespace Analyzer.Families.Go.Sections;

/// <summary>
/// The goroutine groups table, most telling first: groups waiting on locks, then channels and I/O, by longest
/// wait, then by size; idle runtime goroutines last.
/// </summary>
internal sealed class GoroutineGroupsSection : IReportSection
{
    private const int MaxRows = 25;

    private static readonly string[] CategoryOrder =
        ["lock", "waitgroup", "cond", "channel", "select", "io", "syscall", "running", "runnable", "sleep", "unknown", "other", "gc", "idle"];

    public ReportTable? Build(FactSet facts)
    {
        var groups = facts.Of<GoroutineGroup>().ToList();
        if (groups.Count == 0) return null;
        var holders = facts.Of<GoLockHolder>().ToLookup(h => h.HolderGroup);
        var ordered = groups
            .OrderBy(g => Rank(g.Category))
            .ThenByDescending(g => g.MaxWait)
            .ThenByDescending(g => g.Count)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        var rows = ordered.Take(MaxRows).Select(g => (IReadOnlyList<string>)
        [
            g.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
            g.State + (holders[g.Key].Any() ? " (lock holder)" : ""),
            Wait(g),
            g.AppFunction ?? g.TopFunction,
            g.AppLocation ?? "",
            Ids(g),
            g.Provenance.ToString(),
        ]).ToList();
        // Counts come from the dump (summaries, debug=1 records): a hostile one can sum past 64 bits.
        var total = Saturating.Sum(groups, g => g.Count);
        var footnote = ordered.Count > MaxRows ? $"{ordered.Count - MaxRows} more groups not shown." : null;
        return new ReportTable(
            "Goroutine groups",
            $"{total} goroutines in {groups.Count} groups (same state and stack, argument values ignored).",
            ["Count", "State", "Wait", "Where (application code)", "Location", "Goroutines", "Dump"],
            rows,
            footnote);
    }

    private static int Rank(string category)
    {
        var i = Array.IndexOf(CategoryOrder, category);
        return i < 0 ? CategoryOrder.Length : i;
    }

    private static string Ids(GoroutineGroup g)
    {
        if (g.GoroutineIds.Count == 0) return ""; // debug=1 profiles print no ids
        var shown = string.Join(", ", g.GoroutineIds.Take(3));
        return g.Count > 3 ? shown + ", …" : shown;
    }

    private static string Wait(GoroutineGroup g)
    {
        if (!g.WaitKnown) return "n/a";
        if (g.MaxWait == TimeSpan.Zero) return "< 1m";
        return g.MinWait == g.MaxWait ? DurationText.Humanize(g.MaxWait) : $"{DurationText.Humanize(g.MinWait)}–{DurationText.Humanize(g.MaxWait)}";
    }
}
