using Analyzer.Rules.Facts;

namespace Analyzer.Rules.Engine;

/// <summary>What one rule produced on one bundle; suppressed findings apart, with no fact for later rules.</summary>
internal sealed record ProducedOutput(IReadOnlyList<Finding> Findings, IReadOnlyList<IFact> Facts, IReadOnlyList<Finding> Suppressed);
