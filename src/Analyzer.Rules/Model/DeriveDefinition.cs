using Analyzer.Rules.Diagnostics;

namespace Analyzer.Rules.Model;

/// <summary>A rule that produces facts of <see cref="FactType"/> for later rules instead of findings.</summary>
public sealed record DeriveDefinition(string FactType, IReadOnlyList<(string Field, ExprSource Value)> Fields, SourceLocation Location);
