using Analyzer.Rules.Diagnostics;

namespace Analyzer.Rules.Engine;

/// <summary>
/// A rule whose compilation was deferred did not compile when it was first needed (its pack certified a text that
/// passed <c>rules check</c>, so this means the build's rule language changed under the pack). The message is the
/// first diagnostic with its file:line:col.
/// </summary>
public sealed class RuleCompileException(IReadOnlyList<Diagnostic> diagnostics)
    : Exception(diagnostics.Count == 0 ? "the rule did not compile" : diagnostics[0].ToString().Split('\n')[0])
{
    public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics;
}
