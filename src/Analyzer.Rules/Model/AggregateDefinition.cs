using Analyzer.Rules.Diagnostics;

namespace Analyzer.Rules.Model;

/// <summary>
/// A named aggregate over the rows of a group: count(), sum(e), min(e), max(e), avg(e), distinct(e) (count of
/// distinct values) and percentile(e, p) (nearest-rank).
/// </summary>
public sealed record AggregateDefinition(string Name, string Function, ExprSource? Argument, double? Percentile, SourceLocation Location);
