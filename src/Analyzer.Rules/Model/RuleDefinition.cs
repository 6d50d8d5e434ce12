using Analyzer.Rules.Diagnostics;

namespace Analyzer.Rules.Model;

/// <summary>
/// The immutable, validated-for-shape model of one rule file. The YAML front end builds it; the compiler turns it
/// into a plan; nothing downstream sees YAML.
/// </summary>
public sealed record RuleDefinition
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public string? Symptom { get; init; }
    public Severity Severity { get; init; } = Severity.Warning;
    public string? Description { get; init; }
    public string? Help { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
    public IReadOnlyList<ParamDefinition> Params { get; init; } = [];
    public required IReadOnlyList<BindingDefinition> Match { get; init; }
    public IReadOnlyList<ExprSource> Join { get; init; } = [];
    public ExprSource? Where { get; init; }
    public IReadOnlyList<ExprSource> GroupBy { get; init; } = [];

    /// <summary>Sort keys for rows before grouping (a leading '-' sorts descending): the first row of a group is what templates read.</summary>
    public IReadOnlyList<ExprSource> OrderBy { get; init; } = [];
    public IReadOnlyList<AggregateDefinition> Aggregates { get; init; } = [];
    public ExprSource? Having { get; init; }

    /// <summary>
    /// Keys over a result row (bindings and aggregates): rows that survive 'having' with equal keys are one problem
    /// seen several times (captures, files, per-thread names) and become one finding, told from the first row, with
    /// the evidence of all of them; templates read how many rows were merged as 'merged' and 'others'.
    /// </summary>
    public IReadOnlyList<ExprSource> MergeBy { get; init; } = [];

    /// <summary>
    /// What a finding is about, one string per expression and fact tuple (null values dropped): `'task:' +
    /// string(t.pid) + ':' + t.comm`. Findings of rules in another rule's <see cref="Absorbs"/> whose subjects are all
    /// among that rule's finding's subjects are the same problem told twice.
    /// </summary>
    public IReadOnlyList<ExprSource> Subjects { get; init; } = [];

    /// <summary>
    /// Rules whose findings this rule's finding takes in when they are about nothing it is not about (their subjects
    /// are a subset of its own): the more specific story (a hung ZFS txg_sync) keeps the generic ones' evidence
    /// (a hung task, a task in D state) and names them, instead of three findings for one thread.
    /// </summary>
    public IReadOnlyList<RuleReference> Absorbs { get; init; } = [];
    public TemplateSource? Message { get; init; }
    public IReadOnlyList<EvidenceDefinition> Evidence { get; init; } = [];
    public IReadOnlyList<TemplateSource> NextSteps { get; init; } = [];
    public DeriveDefinition? Derive { get; init; }
    public IReadOnlyList<RuleTestCase> Tests { get; init; } = [];
    public required string File { get; init; }
    public required SourceLocation Location { get; init; }

    public bool IsFindingRule => Derive is null;
}
