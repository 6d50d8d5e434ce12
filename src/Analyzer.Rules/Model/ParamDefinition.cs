using Analyzer.Rules.Diagnostics;
using Analyzer.Rules.Expressions;

namespace Analyzer.Rules.Model;

/// <summary>A tunable threshold: typed, with a default that a config file may override.</summary>
public sealed record ParamDefinition(string Name, ExprType Type, object Default, string? Description, SourceLocation Location);
