using System.Formats.Tar;
using System.Text;
using Analyzer.Inventory;
using Analyzer.Pipeline;
using Analyzer.Reporting;
using Analyzer.Rules.Engine;
using Analyzer.Tests.Bundles;
using Analyzer.Tests.Support;

namespace Analyzer.Tests.Damage;

/// <summary>
/// Runs every fixture × damage cell: writes a copy of the fixture with the damage applied to each text file it makes
/// sense for, analyses it and holds it to the clean copy's verdict and symptoms (or an honest degradation).
/// </summary>
internal static class DamageMatrix
{
    public static CleanRun Clean(string bundle)
    {
        var fixture = Path.GetFileName(bundle);
        var files = FixtureFiles.Load(bundle);
        var report = Analyse(Tar(files));
        return new CleanRun(fixture, files, report.Verdict, Symptoms(report), Reported(report),
            report.Inputs.GroupBy(i => i.Path).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal));
    }

    public static CellResult Run(CleanRun clean, IPasteDamage damage)
    {
        var (files, skipped) = Damage(clean, damage);
        if (files is null)
            return new CellResult(clean.Fixture, damage.Name, CellOutcome.NotApplicable, skipped);
        var archive = Tar(files);
        // TRIAGE_DAMAGE_DUMP=DIR keeps each damaged bundle (DIR/<fixture>--<damage>.tar) to reproduce a cell by hand.
        if (Environment.GetEnvironmentVariable("TRIAGE_DAMAGE_DUMP") is { Length: > 0 } dump)
            File.WriteAllBytes(Path.Combine(dump, $"{clean.Fixture}--{damage.Name}.tar"), archive);
        ReportModel report;
        try
        {
            report = Analyse(archive);
        }
        catch (Exception e)
        {
            return new CellResult(clean.Fixture, damage.Name, CellOutcome.Failed, $"crash {e.GetType().Name}: {OneLine(e.Message)}");
        }
        return Judge(clean, damage.Name, report);
    }

    /// <summary>The damaged files, or null with the reason when the damage applies to none of them.</summary>
    private static (IReadOnlyList<FixtureFile>? Files, string Reason) Damage(CleanRun clean, IPasteDamage damage)
    {
        var untouched = new List<FixtureFile>();
        var targets = new List<DamagedFile>();
        var reasons = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in clean.Files)
        {
            var text = FixtureFiles.Text(file);
            if (text is null || FixtureFiles.IsFixtureNotes(file.Path))
            {
                untouched.Add(file);
                continue;
            }
            var kind = EvidenceKinds.Of(clean.Inputs.TryGetValue(file.Path, out var input) ? input.Format : "text");
            if (damage.NotApplicable(kind) is { } reason)
            {
                reasons.Add(reason);
                untouched.Add(file);
                continue;
            }
            targets.Add(new DamagedFile(file.Path, kind, text));
        }
        if (targets.Count == 0)
            return (null, reasons.Count == 0 ? "no text evidence" : string.Join("; ", reasons));
        IReadOnlyList<DamagedFile> damaged = damage is IBundlePasteDamage bundleDamage
            ? bundleDamage.ApplyToBundle(targets)
            : [.. targets.Select(t => t with { Text = damage.Apply(t.Text, t.Path, t.Kind) })];
        return ([.. untouched, .. damaged.Select(d => new FixtureFile(d.Path, Encoding.UTF8.GetBytes(d.Text)))], "");
    }

    private static CellResult Judge(CleanRun clean, string damage, ReportModel report)
    {
        var symptoms = Reported(report);
        var missing = clean.Reported.Except(symptoms, StringComparer.Ordinal).ToList();
        var extra = symptoms.Except(clean.Reported, StringComparer.Ordinal).ToList();
        var ruleErrors = report.Rules.Where(r => r.Kind == RuleOutcomeKind.Error).Select(r => r.RuleId).Order(StringComparer.Ordinal).ToList();
        var sameVerdict = report.Verdict == clean.Verdict;
        if (sameVerdict && missing.Count == 0 && extra.Count == 0 && ruleErrors.Count == 0)
            return new CellResult(clean.Fixture, damage, CellOutcome.Same, "");

        var degraded = report.Inputs
            .Where(i => i.Status is InputStatus.Partial or InputStatus.Failed or InputStatus.Unrecognized && i.Problems.Count > 0)
            .Where(i => clean.Inputs.TryGetValue(i.Path, out var was) && was.Status == InputStatus.Parsed)
            .Select(i => i.Path)
            .ToList();
        var turnedHealthy = report.Verdict == "healthy" && clean.Verdict != "healthy";
        var honest = degraded.Count > 0 && !turnedHealthy && extra.Count == 0 && ruleErrors.Count == 0;

        var parts = new List<string>();
        if (!sameVerdict)
            parts.Add($"verdict {clean.Verdict} -> {report.Verdict}");
        if (missing.Count > 0)
            parts.Add("missing " + string.Join(",", missing));
        if (extra.Count > 0)
            parts.Add("extra " + string.Join(",", extra));
        if (ruleErrors.Count > 0)
            parts.Add("rule error " + string.Join(",", ruleErrors));
        parts.Add(degraded.Count > 0 ? "degraded " + Few(degraded) : "inputs silent");
        if (Misread(clean, report) is { Count: > 0 } misread)
            parts.Add(Few(misread));
        return new CellResult(clean.Fixture, damage, honest ? CellOutcome.DegradedHonestly : CellOutcome.Failed, string.Join("; ", parts));
    }

    /// <summary>
    /// Analyses the files as one tar bundle: one file written per cell instead of a directory tree (the sosreport has
    /// a thousand files, and creating and deleting them for every cell cost more than analysing them). The clean copy
    /// goes the same way, so both sides of every comparison are read alike.
    /// </summary>
    /// <summary>
    /// Inputs that still say parsed but were read differently: as another format, or into fewer facts. These are
    /// what a parser engineer looks at first when a cell fails silently.
    /// </summary>
    private static List<string> Misread(CleanRun clean, ReportModel report)
    {
        var misread = new List<string>();
        foreach (var input in report.Inputs.Where(i => i.Status == InputStatus.Parsed))
        {
            if (!clean.Inputs.TryGetValue(input.Path, out var was) || was.Status != InputStatus.Parsed)
                continue;
            if (input.Format != was.Format)
                misread.Add($"{input.Path} read as {input.Format} (was {was.Format})");
            else if (input.Facts < was.Facts)
                misread.Add($"{input.Path} parsed with {input.Facts} facts (was {was.Facts})");
        }
        return misread;
    }

    /// <summary>At most three items, then how many more: keeps a known-gaps line readable.</summary>
    private static string Few(List<string> items)
    {
        items.Sort(StringComparer.Ordinal);
        return string.Join(",", items.Take(3)) + (items.Count > 3 ? $",+{items.Count - 3} more" : "");
    }

    private static byte[] Tar(IReadOnlyList<FixtureFile> files)
    {
        var archive = new MemoryStream();
        using (var writer = new TarWriter(archive, TarEntryFormat.Pax, leaveOpen: true))
        {
            foreach (var file in files)
                writer.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, file.Path) { DataStream = new MemoryStream(file.Bytes, writable: false) });
        }
        return archive.ToArray();
    }

    private static ReportModel Analyse(byte[] archive)
    {
        using var directory = new TempDirectory();
        return Analysis.Run(directory.Write("bundle.tar", archive), ShippedRules.Rules);
    }

    private static List<string> Symptoms(ReportModel report) =>
        [.. report.Findings.Select(f => f.Symptom).Distinct().Order(StringComparer.Ordinal)];

    private static List<string> Reported(ReportModel report) =>
        [.. report.Findings.SelectMany(f => f.AllAbsorbed().Prepend(f)).Select(f => f.Symptom).Distinct().Order(StringComparer.Ordinal)];

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Replace('\t', ' ');
}
