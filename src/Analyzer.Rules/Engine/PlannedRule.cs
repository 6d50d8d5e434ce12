using Analyzer.Rules.Facts;
using Analyzer.Rules.Model;

namespace Analyzer.Rules.Engine;

/// <summary>
/// One rule in a set's evaluation order: what ordering and the skip test need (the fact types it reads and
/// produces, the sources its required bindings need, whether config enabled it), and its compiled plan. The plan is
/// built at load, or, for a rule whose text passed <c>rules check</c> under this very build (a matching rule pack),
/// when the rule is first evaluated: most rules are skipped for want of evidence, and compiling all of them was a
/// quarter of a small analysis's start-up.
/// </summary>
internal sealed class PlannedRule
{
    private CompiledRule? _compiled;
    private readonly Func<CompiledRule>? _compile;

    public PlannedRule(CompiledRule compiled)
    {
        _compiled = compiled;
        Definition = compiled.Definition;
        Enabled = compiled.Enabled;
        Produces = compiled.Produces;
        Consumes = compiled.Consumes;
        Required = compiled.Bindings.Where(b => b.Kind == BindingKind.Required).Select(b => b.Type).ToList();
    }

    public PlannedRule(RuleHeader header, Func<CompiledRule> compile)
    {
        _compile = compile;
        Definition = header.Definition;
        Enabled = header.Enabled;
        Produces = header.Produces;
        Consumes = header.Consumes;
        Required = header.Required;
    }

    public RuleDefinition Definition { get; }
    public string Id => Definition.Id;
    public bool Enabled { get; }

    /// <summary>The fact type this rule produces ("Finding" for finding rules).</summary>
    public string Produces { get; }

    /// <summary>Fact types this rule reads; it runs after every rule producing one of them.</summary>
    public IReadOnlySet<string> Consumes { get; }

    /// <summary>The fact types of the required bindings, in match order: without their evidence the rule is skipped.</summary>
    public IReadOnlyList<FactType> Required { get; }

    /// <summary>The plan, compiled now if it was deferred; a deferred rule that no longer compiles throws
    /// <see cref="RuleCompileException"/>, which ends that rule alone in error.</summary>
    public CompiledRule Compiled => _compiled ??= _compile!();

    /// <summary>
    /// This rule under other config: the plan is shared (expressions and templates read params from the evaluation
    /// frame, never as constants), with the config's severity, switch and param values.
    /// </summary>
    public PlannedRule With(Severity severity, bool enabled, object?[] paramValues) =>
        new(new RuleHeader(Definition, enabled, Produces, Consumes, Required),
            () => Compiled with { Severity = severity, Enabled = enabled, ParamValues = paramValues });

    // A rule is an identity: the planner keys sets and maps by rule.
    public override bool Equals(object? obj) => ReferenceEquals(this, obj);
    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);
}
