namespace Analyzer.Reporting.Gaps;

/// <summary>One reason the analysis did not see everything: what, where (a bundle path, or the bundle's name) and why.</summary>
public sealed record EvidenceGap(EvidenceGapKind Kind, string Path, string Reason);
