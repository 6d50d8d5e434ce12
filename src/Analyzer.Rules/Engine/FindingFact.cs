using Analyzer.Rules.Facts;

namespace Analyzer.Rules.Engine;

/// <summary>
/// Every finding is also a fact, so later rules (verdict rules above all) can reason over what was found.
/// Rules that match it run after every rule that reports findings.
/// </summary>
[FactRecord("Finding", FactSources.Derived, Description = "A finding reported by an earlier rule")]
public sealed record FindingFact : IFact
{
    public required Provenance Provenance { get; init; }

    [Field("Id of the rule that reported it")] public required string RuleId { get; init; }
    [Field("Symptom from the vocabulary")] public required string Symptom { get; init; }
    [Field("error, warning or note")] public required string Severity { get; init; }
    [Field("The rule's title")] public required string Title { get; init; }
}
