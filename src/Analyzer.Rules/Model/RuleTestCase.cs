using Analyzer.Rules.Diagnostics;

namespace Analyzer.Rules.Model;

/// <summary>
/// A test embedded in a rule: input (a bundle path, beside the rule file or relative to the repository root, or inline facts), optional
/// param overrides, and what must happen.
/// </summary>
public sealed record RuleTestCase(
    string Name,
    string? Bundle,
    IReadOnlyList<InlineFact> Facts,
    IReadOnlyDictionary<string, object> Params,
    RuleTestExpectation Expect,
    SourceLocation Location);

/// <summary>A fact written inline in a rule test: its type and field values as YAML scalars/lists/maps.</summary>
public sealed record InlineFact(string Type, IReadOnlyDictionary<string, object?> Fields, SourceLocation Location);

/// <summary>
/// What a rule test expects: how many findings (or derived facts) the rule produces, text its messages contain,
/// evidence locations ("path" or "path:line") it must cite, field values of derived facts, or its outcome.
/// </summary>
public sealed record RuleTestExpectation(
    int? Fires,
    IReadOnlyList<string> MessageContains,
    IReadOnlyList<string> Evidence,
    IReadOnlyDictionary<string, string> Fields,
    string? Outcome);
