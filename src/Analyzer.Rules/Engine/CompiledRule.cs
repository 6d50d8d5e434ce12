using Analyzer.Rules.Expressions;
using Analyzer.Rules.Expressions.Runtime;
using Analyzer.Rules.Facts;
using Analyzer.Rules.Model;
using Analyzer.Rules.Templates;

namespace Analyzer.Rules.Engine;

/// <summary>
/// The plan of one rule: bindings in join order, residual where, grouping, aggregates, having, and the output
/// (a finding with templates, or a derived fact). Params are resolved (defaults merged with config).
/// </summary>
internal sealed record CompiledRule
{
    public required RuleDefinition Definition { get; init; }
    public required Severity Severity { get; init; }
    public required bool Enabled { get; init; }
    public required object?[] ParamValues { get; init; }
    public required IReadOnlyList<CompiledBinding> Bindings { get; init; }
    public CompiledExpression? Where { get; init; }
    public required IReadOnlyList<CompiledExpression> GroupBy { get; init; }
    public required IReadOnlyList<(CompiledExpression Key, bool Descending)> OrderBy { get; init; }
    public required IReadOnlyList<CompiledAggregate> Aggregates { get; init; }
    public CompiledExpression? Having { get; init; }
    public IReadOnlyList<CompiledExpression> MergeBy { get; init; } = [];

    /// <summary>Length of a row's variables: the aggregates, then 'merged' and 'others' when the rule merges rows.</summary>
    public int VariableCount => Aggregates.Count + (MergeBy.Count > 0 ? 2 : 0);

    /// <summary>Subject expressions (strings), evaluated per fact tuple of a finding's row.</summary>
    public IReadOnlyList<CompiledExpression> Subjects { get; init; } = [];
    public RuleTemplate? Message { get; init; }

    /// <summary>The literal regular expressions in the rule's expressions (matchers built on first use).</summary>
    public IReadOnlyList<LiteralPattern> Patterns { get; init; } = [];
    public required IReadOnlyList<RuleTemplate> NextSteps { get; init; }
    public required IReadOnlyList<EvidenceDefinition> Evidence { get; init; }
    public FactType? DeriveType { get; init; }
    public required IReadOnlyList<(FactField Field, CompiledExpression Value)> DeriveFields { get; init; }

    public string Id => Definition.Id;

    // A compiled rule is an identity, not a value: the planner keys sets and maps by rule, and the record's generated
    // equality would hash the whole definition (every expression and template text) on each lookup.
    public bool Equals(CompiledRule? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);
    public bool IsGrouped => GroupBy.Count > 0 || Aggregates.Count > 0;

    /// <summary>The fact type this rule produces ("Finding" for finding rules).</summary>
    public required string Produces { get; init; }

    /// <summary>Fact types this rule reads; it runs after every rule producing one of them.</summary>
    public required IReadOnlySet<string> Consumes { get; init; }
}
