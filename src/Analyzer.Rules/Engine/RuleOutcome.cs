namespace Analyzer.Rules.Engine;

/// <summary>The outcome of one rule on one bundle, with the reason for skipped and error outcomes.</summary>
public sealed record RuleOutcome(string RuleId, string Title, RuleOutcomeKind Kind, int Produced, string? Reason);
