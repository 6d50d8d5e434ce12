using Analyzer.Rules.Facts;
using Analyzer.Rules.Model;

namespace Analyzer.Rules.Engine;

/// <summary>One reported problem: which rule, how bad, what it says, the bytes it rests on and what to do next.</summary>
public sealed record Finding(
    string RuleId,
    Severity Severity,
    string Symptom,
    string Title,
    string Message,
    IReadOnlyList<Provenance> Evidence,
    IReadOnlyList<string> NextSteps,
    string? Help);
