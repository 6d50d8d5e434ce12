using Analyzer.Rules.Diagnostics;

namespace Analyzer.Rules.Model;

/// <summary>Which bound facts a finding quotes: those of binding <see cref="From"/>, at most <see cref="Limit"/>.</summary>
public sealed record EvidenceDefinition(string From, int Limit, SourceLocation Location);
