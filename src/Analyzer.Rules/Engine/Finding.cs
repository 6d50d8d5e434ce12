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
}
