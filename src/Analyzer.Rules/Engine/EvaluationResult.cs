using Analyzer.Rules.Facts;

namespace Analyzer.Rules.Engine;

/// <summary>What an evaluation produced: findings, every rule's outcome, and the fact set with derived facts added.</summary>
public sealed record EvaluationResult(
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<RuleOutcome> Outcomes,
    FactSet Facts,
    IReadOnlyDictionary<string, IReadOnlyList<IFact>> DerivedByRule)
{
    /// <summary>Findings a suppression set apart: reported as such, invisible to verdict rules and --fail-on.</summary>
    public IReadOnlyList<Finding> Suppressed { get; init; } = [];
}
