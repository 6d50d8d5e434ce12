using System.Collections.Concurrent;
using System.Diagnostics;
using Analyzer.Tests.Reports;
using Analyzer.Tests.Support;
using Xunit.Abstractions;

namespace Analyzer.Tests.Damage;

/// <summary>
/// Every fixture × every paste damage: the damaged copy must yield the clean fixture's verdict and symptoms or degrade
/// honestly. A ratchet against known-gaps.txt: a failing cell not listed is a regression, a listed cell that passes
/// must leave the list. TRIAGE_DAMAGE_REWRITE=1 rewrites known-gaps.txt and matrix.md from the current results.
/// </summary>
public sealed class DamageMatrixTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_fixture_survives_every_paste_damage_or_is_a_known_gap()
    {
        var clock = Stopwatch.StartNew();
        var expected = FixtureExpectationTests.Cases().ToDictionary(c => (string)c[0], c => ((string)c[1], ((string[])c[2]).Order(StringComparer.Ordinal).ToList()));
        var bundles = RepoPaths.FixtureBundles().ToList();
        var cleans = new ConcurrentBag<CleanRun>();
        Parallel.ForEach(bundles, bundle => cleans.Add(DamageMatrix.Clean(bundle)));

        // The copy must analyse like the fixture itself, or every cell would be measured against the wrong baseline.
        foreach (var clean in cleans)
        {
            Assert.True(expected.TryGetValue(clean.Fixture, out var want), $"{clean.Fixture} has no expectation in FixtureExpectationTests");
            Assert.True(want.Item1 == clean.Verdict && want.Item2.SequenceEqual(clean.Symptoms),
                $"the undamaged copy of {clean.Fixture} yields {clean.Verdict} [{string.Join(",", clean.Symptoms)}], the fixture {want.Item1} [{string.Join(",", want.Item2)}]");
        }

        var work = cleans.SelectMany(clean => PasteDamages.All.Select(damage => (clean, damage)))
            .OrderByDescending(w => w.clean.Files.Sum(f => f.Bytes.Length)) // biggest first, so the tail of the run is short
            .ToList();
        var cells = new ConcurrentBag<CellResult>();
        Parallel.ForEach(work, w => cells.Add(DamageMatrix.Run(w.clean, w.damage)));
        var results = cells.OrderBy(c => c.Fixture, StringComparer.Ordinal).ThenBy(c => c.Damage, StringComparer.Ordinal).ToList();

        var fixtures = cleans.Select(c => c.Fixture).Order(StringComparer.Ordinal).ToList();
        var damages = PasteDamages.All.Select(d => d.Name).ToList();
        output.WriteLine(MatrixSummary.Line(results) + $" in {clock.Elapsed.TotalSeconds:F1} s");

        if (DamageFiles.Rewrite)
        {
            File.WriteAllText(KnownGaps.FilePath, KnownGaps.Render(results));
            File.WriteAllText(MatrixSummary.FilePath, MatrixSummary.Render(results, damages, fixtures));
            return;
        }

        var gaps = KnownGaps.Read();
        var regressions = results.Where(c => c.Outcome == CellOutcome.Failed && !gaps.ContainsKey(c.Key))
            .Select(c => $"  {c.Fixture} × {c.Damage}: {c.Differs}").ToList();
        var byKey = results.ToDictionary(c => c.Key, StringComparer.Ordinal);
        var fixedCells = gaps.Keys.Where(k => byKey.TryGetValue(k, out var c) && c.Outcome != CellOutcome.Failed)
            .Select(k => $"  {k.Replace("\t", " × ", StringComparison.Ordinal)} ({byKey[k].Outcome})").Order(StringComparer.Ordinal).ToList();
        var stale = gaps.Keys.Where(k => !byKey.ContainsKey(k)).Select(k => "  " + k.Replace("\t", " × ", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();

        var message = new List<string>();
        var lines = File.Exists(KnownGaps.FilePath) ? File.ReadAllLines(KnownGaps.FilePath).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList() : [];
        if (!lines.SequenceEqual(lines.Order(StringComparer.Ordinal)) || lines.Count != gaps.Count)
            message.Add($"{KnownGaps.FilePath} must be sorted (ordinal) with one line per cell");
        if (regressions.Count > 0)
            message.Add($"{regressions.Count} cell(s) fail that known-gaps.txt does not list (a regression, or a new damage/fixture):\n" + string.Join("\n", regressions));
        if (fixedCells.Count > 0)
            message.Add($"{fixedCells.Count} cell(s) listed in known-gaps.txt now pass: delete their lines from {KnownGaps.FilePath} (or rerun with TRIAGE_DAMAGE_REWRITE=1, which also refreshes matrix.md):\n" + string.Join("\n", fixedCells));
        if (stale.Count > 0)
            message.Add($"{stale.Count} line(s) of known-gaps.txt name no cell (fixture or damage gone): delete them:\n" + string.Join("\n", stale));
        Assert.True(message.Count == 0, string.Join("\n\n", message));
    }
}
