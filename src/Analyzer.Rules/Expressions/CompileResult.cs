using Analyzer.Rules.Diagnostics;

namespace Analyzer.Rules.Expressions;

/// <summary>
/// The outcome of compiling one expression: the delegate (null when there are errors), every diagnostic,
/// and the top-level names it referenced (bindings, variables; params as "params.x") so that the
/// loader can report unused bindings and plan joins.
/// </summary>
public sealed record CompileResult(CompiledExpression? Expression, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlySet<string> ReferencedNames);
