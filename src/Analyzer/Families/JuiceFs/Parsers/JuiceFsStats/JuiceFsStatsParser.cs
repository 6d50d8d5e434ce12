using Analyzer.Detection;
using Analyzer.Families.JuiceFs.Facts;
using Analyzer.Inventory;
using Analyzer.Parsing;
using Analyzer.Text;

namespace Analyzer.Families.JuiceFs.Parsers.JuiceFsStats;

/// <summary>
/// A snapshot of a mount's `.stats` (`stats.txt`, `stats.5s.txt` in a `juicefs debug` bundle): one
/// <see cref="JuiceFsStatsSnapshot"/> with the counters a triage reads. The report subtracts two snapshots of one
/// directory for rates.
/// </summary>
public sealed class JuiceFsStatsParser : IFormatParser
{
    public string Format => "juicefs-stats";
    public string Source => JuiceFsSources.JuiceFs;
    public bool ScansUnclaimedText => false;

    public bool NameSuggests(EntryProbe nameOnly)
    {
        var name = nameOnly.FileName.ToLowerInvariant();
        return name is ".stats" or "stats.txt" || (name.StartsWith("stats.", StringComparison.Ordinal) && name.EndsWith(".txt", StringComparison.Ordinal));
    }

    public DetectionConfidence Detect(EntryProbe probe)
    {
        if (probe.IsBinary)
            return DetectionConfidence.None;
        var lines = probe.HeadLines.Where(l => l.Length > 0).Take(20).ToList();
        var metrics = lines.Count(l => StatsLine.TryParse(l, out _, out _));
        if (lines.Count > 0 && metrics == lines.Count && metrics >= 2)
            return DetectionConfidence.ContentAtStart;
        if (metrics >= 3)
            return DetectionConfidence.Content;
        return NameSuggests(probe) ? DetectionConfidence.Name : DetectionConfidence.None;
    }

    public void Parse(ParseContext context)
    {
        using var reader = new LineReader(context.Content);
        var totals = new StatsTotals();
        long other = 0, notFinite = 0, firstNotFinite = 0;
        while (reader.TryReadLine(out var line))
        {
            if (line.IsWhiteSpace()) continue;
            if (!StatsLine.TryParse(line, out var name, out var value))
                other++;
            else if (double.IsFinite(value))
                totals.Add(name, value);
            else if (notFinite++ == 0)
                firstNotFinite = reader.LineNumber;
        }
        if (totals.Metrics == 0)
        {
            context.Problem(InputStatus.Failed, "no `juicefs_<metric> <value>` line");
            return;
        }
        if (other > 0)
            context.Problem(InputStatus.Partial, $"{other} lines are not metric lines (skipped)");
        if (notFinite > 0)
            context.Problem(InputStatus.Partial, $"{notFinite} metric lines hold NaN or an infinity instead of a number (first on line {firstNotFinite}); they were not counted");
        context.Emit(totals.ToFact(context.Path));
    }
}
