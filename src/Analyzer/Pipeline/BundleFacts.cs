using Analyzer.Inventory;
using Analyzer.Rules.Facts;

namespace Analyzer.Pipeline;

/// <summary>A bundle turned into facts: the frozen fact set and the inventory of every input.</summary>
public sealed record BundleFacts(string BundleName, FactSet Facts, IReadOnlyList<InputRecord> Inventory);
