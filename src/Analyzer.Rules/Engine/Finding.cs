using Analyzer.Rules.Facts;
using Analyzer.Rules.Model;
using Analyzer.Rules.Templates;

namespace Analyzer.Rules.Engine;

/// <summary>One reported problem: which rule, how bad, what it says, the bytes it rests on and what to do next.</summary>
public sealed record Finding(
    string RuleId,
    Severity Severity,
    string Symptom,
    string Title,
    MessageText MessageText,
    IReadOnlyList<Provenance> Evidence,
    IReadOnlyList<MessageText> NextStepTexts,
    string? Help)
{
    /// <summary>The message as plain text (JSON, rule tests); renderers of markup use <see cref="MessageText"/>.</summary>
    public string Message => MessageText.Plain;

    public IReadOnlyList<string> NextSteps => NextStepTexts.Select(s => s.Plain).ToList();

    /// <summary>What the finding is about (the rule's 'subjects', e.g. <c>task:1187:txg_sync</c>), in first-seen order.</summary>
    public IReadOnlyList<string> Subjects { get; init; } = [];

    /// <summary>
    /// Findings of other rules about nothing this one is not about, taken in (see <see cref="FindingAbsorption"/>):
    /// their evidence is cited here too, and the report names them instead of repeating the problem.
    /// </summary>
    public IReadOnlyList<Finding> Absorbed { get; init; } = [];

    /// <summary>Every finding taken in, at any depth (an absorbed finding may have absorbed others), in order.</summary>
    public IEnumerable<Finding> AllAbsorbed() => Absorbed.SelectMany(a => a.AllAbsorbed().Prepend(a));
}
