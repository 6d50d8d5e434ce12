using Analyzer.Rules.Facts;

namespace Analyzer.Facts.Verdict;

/// <summary>
/// Derived by verdict rules (rules/verdict/): one candidate triage class for the bundle. The report takes the
/// candidate with the highest rank; with none, the verdict is 'inconclusive'.
/// </summary>
[FactRecord("VerdictCandidate", FactSources.Derived, Description = "A verdict proposed by a verdict rule")]
public sealed record VerdictCandidate : IFact
{
    public required Provenance Provenance { get; init; }

    [Field("A verdict of the verdict vocabulary (docs/report-contract.md)")] public required string Verdict { get; init; }
    [Field("Higher wins: crash over lockup over performance over healthy")] public required long Rank { get; init; }
    [Field("One sentence saying why")] public required string Reason { get; init; }
}
