using Analyzer.Rules.Diagnostics;

namespace Analyzer.Rules.Model;

/// <summary>One named binding of a rule's <c>match:</c> over a fact type, with its filter.</summary>
public sealed record BindingDefinition(string Name, string FactType, BindingKind Kind, ExprSource? Where, SourceLocation Location, SourceLocation FactTypeLocation);
