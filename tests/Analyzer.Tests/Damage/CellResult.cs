namespace Analyzer.Tests.Damage;

/// <summary>One cell of the matrix: the fixture, the damage, the outcome and what differs (empty when nothing does).</summary>
internal sealed record CellResult(string Fixture, string Damage, CellOutcome Outcome, string Differs)
{
    public bool Passed => Outcome is CellOutcome.Same or CellOutcome.DegradedHonestly;

    public string Key => Fixture + "\t" + Damage;
}
