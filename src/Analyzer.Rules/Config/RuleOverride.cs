using Analyzer.Rules.Diagnostics;
using Analyzer.Rules.Model;

namespace Analyzer.Rules.Config;

/// <summary>What a config file says about one rule. Anything it leaves out keeps the rule's own value.</summary>
public sealed record RuleOverride(Severity? Severity, bool? Enabled, IReadOnlyDictionary<string, (string Text, SourceLocation At)> Params, SourceLocation Location);
