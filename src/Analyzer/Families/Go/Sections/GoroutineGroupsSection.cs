using System.Globalization;
using Analyzer.Parsing;
using Analyzer.Reporting;
using Analyzer.Reporting.Sections;
using Analyzer.Families.Go.Facts;
using Analyzer.Rules.Facts;
using Analyzer.Rules.Model;

namespace Analyzer.Families.Go.Sections;

/// <summary>
/// The goroutine groups table, most telling first: groups waiting on locks, then channels and I/O, by longest
/// wait, then by size; idle runtime goroutines last. A group seen in several captures is one row.
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
        var holders = facts.Of<GoLockHolder>().Select(h => h.HolderGroup).ToHashSet(StringComparer.Ordinal);
        // The same goroutines seen in several captures (debug=2, a SIGQUIT dump, a second dump later) are one row.
        var rows = AcrossCaptures(groups)
            .Select(same => same.OrderByDescending(g => g.WaitKnown).ThenByDescending(g => g.MaxWait).ThenBy(g => g.Key, StringComparer.Ordinal).ToList())
            .OrderBy(same => Rank(same[0].Category))
            .ThenByDescending(same => same[0].MaxWait)
            .ThenByDescending(same => same.Max(g => g.Count))
            .ThenBy(same => same[0].Key, StringComparer.Ordinal)
            .ToList();
        var table = rows.Take(MaxRows).Select(same => (IReadOnlyList<string>)
        [
            same.Max(g => g.Count).ToString(CultureInfo.InvariantCulture),
            same[0].State + (same.Any(g => holders.Contains(g.Key)) ? " (lock holder)" : ""),
            Waits(same),
            same[0].AppFunction ?? same[0].TopFunction,
            same[0].AppLocation ?? "",
            Ids(same[0]),
            same[0].Provenance + (same.Count > 1 ? $" (+{same.Count - 1} capture{(same.Count > 2 ? "s" : "")})" : ""),
        ]).ToList();
        var footnote = rows.Count > MaxRows ? $"{rows.Count - MaxRows} more groups not shown." : null;
        return new ReportTable(
            "Goroutine groups",
            Summary(facts, groups, rows.Count),
            ["Count", "State", "Wait", "Where (application code)", "Location", "Goroutines", "Dump"],
            table,
            footnote);
    }

    /// <summary>Groups of different captures with the same signature, at most one group of each capture per row.</summary>
    private static List<List<GoroutineGroup>> AcrossCaptures(List<GoroutineGroup> groups)
    {
        var rows = new List<List<GoroutineGroup>>();
        var bySignature = new Dictionary<string, List<List<GoroutineGroup>>>(StringComparer.Ordinal);
        foreach (var g in groups)
        {
            var key = Signature(g);
            if (!bySignature.TryGetValue(key, out var candidates))
                bySignature[key] = candidates = [];
            var row = candidates.FirstOrDefault(r => r.All(other => other.DumpPath != g.DumpPath));
            if (row is null)
            {
                row = [];
                candidates.Add(row);
                rows.Add(row);
            }
            row.Add(g);
        }
        return rows;
    }

    /// <summary>
    /// Where a group waits, as every capture prints it: the first frame outside the runtime (the primitive it waits
    /// in) and the application frame with its line. Not the whole stack: a SIGQUIT dump shows runtime and wrapper
    /// frames that pprof's debug=1/debug=2 hide, and debug=1 prints no state.
    /// </summary>
    private static string Signature(GoroutineGroup g)
    {
        var outside = g.Frames.Where(f => f.Package != "runtime").Take(3).Select(f => f.Function);
        return g.AppFunction is null
            ? string.Join(";", outside) + "|" + (g.Frames.Count > 0 ? "" : g.State + ";" + g.TopFunction)
            : g.Frames.FirstOrDefault(f => f.Package != "runtime")?.Function + "|" + g.AppFunction + "@" + g.AppLocation;
    }

    /// <summary>
    /// Each capture's own goroutine count, never a sum over captures: two dumps of one process show the same
    /// goroutines twice, and a sum would count them twice.
    /// </summary>
    private static string Summary(FactSet facts, List<GoroutineGroup> groups, int rows)
    {
        var dumps = facts.Of<GoroutineDump>().ToList();
        if (dumps.Count <= 1)
            // Counts come from the dump (summaries, debug=1 records): a hostile one can sum past 64 bits.
            return $"{Saturating.Sum(groups, g => g.Count)} goroutines in {groups.Count} groups (same state and stack, argument values ignored).";
        // Several dumps in one file (a restarted process in a journal) are named by their line.
        var shared = dumps.GroupBy(d => d.Path).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var counts = string.Join(", ", dumps.OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Provenance.Line)
            .Select(d => $"{MarkdownText.Code((shared.Contains(d.Path) ? d.Provenance.ToString() : d.Path))} {d.Goroutines.ToString(CultureInfo.InvariantCulture)}"));
        return $"{dumps.Count} captures, goroutines per capture: {counts} (each capture's own count, not summed: captures of one process show the same goroutines again). "
            + $"{rows} groups (same state and stack, argument values ignored); a group seen in several captures is one row, with the largest count and each capture's wait.";
    }

    /// <summary>One capture's wait, or each capture's longest wait in ascending order (growing waits show as 1m → 3m).</summary>
    private static string Waits(List<GoroutineGroup> same)
    {
        if (same.Count == 1) return Wait(same[0]);
        var waits = same.Where(g => g.WaitKnown).Select(g => g.MaxWait).Distinct().Order().ToList();
        if (waits.Count == 0) return "n/a";
        return string.Join(" → ", waits.Select(w => w == TimeSpan.Zero ? "< 1m" : DurationText.Humanize(w)));
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
