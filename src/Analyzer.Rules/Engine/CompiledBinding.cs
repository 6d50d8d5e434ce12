using Analyzer.Rules.Expressions;
using Analyzer.Rules.Facts;
using Analyzer.Rules.Model;

namespace Analyzer.Rules.Engine;

/// <summary>
/// One binding in evaluation order: its facts are pre-filtered by <see cref="LocalFilter"/> (which reads only this
/// binding), hash-joined on <see cref="JoinKeys"/> against earlier bindings, then checked by <see cref="Filter"/>
/// (the part of its where that reads earlier bindings).
/// </summary>
internal sealed record CompiledBinding(
    string Name,
    int Slot,
    FactType Type,
    BindingKind Kind,
    CompiledExpression? LocalFilter,
    CompiledExpression? Filter,
    IReadOnlyList<JoinKey> JoinKeys);

/// <summary>An equality between a value of this binding (<see cref="Index"/>) and one computed from earlier bindings (<see cref="Probe"/>).</summary>
internal sealed record JoinKey(CompiledExpression Index, CompiledExpression Probe);
