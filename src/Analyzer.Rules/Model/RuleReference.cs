using Analyzer.Rules.Diagnostics;

namespace Analyzer.Rules.Model;

/// <summary>A rule id written in another rule (in 'absorbs'), with where it was written for diagnostics.</summary>
public sealed record RuleReference(string Id, SourceLocation Location);
