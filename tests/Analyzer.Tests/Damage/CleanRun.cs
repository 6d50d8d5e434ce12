using Analyzer.Inventory;

namespace Analyzer.Tests.Damage;

/// <summary>A fixture's files and what the undamaged copy of them yields: the baseline every damaged cell is held to.</summary>
internal sealed record CleanRun(
    string Fixture,
    IReadOnlyList<FixtureFile> Files,
    string Verdict,
    IReadOnlyList<string> Symptoms,
    IReadOnlyDictionary<string, InputRecord> Inputs);
