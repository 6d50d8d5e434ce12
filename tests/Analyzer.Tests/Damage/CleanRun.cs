using Analyzer.Inventory;

namespace Analyzer.Tests.Damage;

/// <summary>
/// A fixture's files and what the undamaged copy of them yields: the baseline every damaged cell is held to.
/// <see cref="Symptoms"/> are the findings' own; <see cref="Reported"/> adds those of findings another finding took in
/// (one problem, one finding): a damaged copy that tells a problem in two findings instead of one still reports it.
/// </summary>
internal sealed record CleanRun(
    string Fixture,
    IReadOnlyList<FixtureFile> Files,
    string Verdict,
    IReadOnlyList<string> Symptoms,
    IReadOnlyList<string> Reported,
    IReadOnlyDictionary<string, InputRecord> Inputs);
