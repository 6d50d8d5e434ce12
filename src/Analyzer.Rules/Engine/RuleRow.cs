namespace Analyzer.Rules.Engine;

/// <summary>
/// One result row of a rule: the binding tuples it stands for (one tuple for ungrouped rules, all tuples of a group
/// otherwise), the representative tuple templates read, and aggregate values by slot.
/// </summary>
internal sealed record RuleRow(IReadOnlyList<object?[]> Tuples, object?[] Representative, object?[] Variables);
