namespace Analyzer.Rules.Engine;

/// <summary>What happened to a rule on one bundle (rule-language.md, principle 7).</summary>
public enum RuleOutcomeKind
{
    /// <summary>Evaluated and produced findings (or derived facts).</summary>
    Fired,
    /// <summary>Evaluated over present evidence and found nothing wrong.</summary>
    Passed,
    /// <summary>Not evaluated: the evidence it needs is absent, or config disabled it.</summary>
    Skipped,
    /// <summary>Evaluation failed; the message says why. Other rules still ran.</summary>
    Error,
}
