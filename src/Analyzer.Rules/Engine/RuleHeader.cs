using Analyzer.Rules.Facts;
using Analyzer.Rules.Model;

namespace Analyzer.Rules.Engine;

/// <summary>What a rule's placement in the set needs, resolved without compiling its expressions or templates.</summary>
internal sealed record RuleHeader(RuleDefinition Definition, bool Enabled, string Produces, IReadOnlySet<string> Consumes, IReadOnlyList<FactType> Required);
