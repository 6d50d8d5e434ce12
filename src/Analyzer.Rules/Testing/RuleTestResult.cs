using Analyzer.Rules.Diagnostics;

namespace Analyzer.Rules.Testing;

/// <summary>The result of one embedded rule test: passed, or the list of expectations it broke.</summary>
public sealed record RuleTestResult(string RuleId, string Name, SourceLocation Location, IReadOnlyList<string> Failures)
{
    public bool Passed => Failures.Count == 0;
}
