using Analyzer.Rules.Facts;

namespace Analyzer.Rules.Engine;

/// <summary>What one rule produced on one bundle.</summary>
internal sealed record ProducedOutput(IReadOnlyList<Finding> Findings, IReadOnlyList<IFact> Facts);
