using Analyzer.Rules.Diagnostics;

namespace Analyzer.Rules.Model;

/// <summary>A Handlebars template as written in a rule file (message, next step, derived field text).</summary>
public sealed record TemplateSource(string Text, SourceLocation Location);
