using Analyzer.Rules.Expressions;

namespace Analyzer.Rules.Engine;

/// <summary>An aggregate ready to run: function, per-row argument, and the variable slot its value goes to.</summary>
internal sealed record CompiledAggregate(string Name, string Function, CompiledExpression? Argument, double? Percentile, ExprType ResultType, int Slot);
