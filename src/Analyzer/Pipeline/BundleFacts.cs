using Analyzer.Bundles;
using Analyzer.Inventory;
using Analyzer.Rules.Facts;

namespace Analyzer.Pipeline;

/// <summary>A bundle turned into facts: the frozen fact set and the inventory of every input.</summary>
public sealed record BundleFacts(string BundleName, FactSet Facts, IReadOnlyList<InputRecord> Inventory)
{
    /// <summary>Files the entry cap left unread, per top-level folder (also in the inventory, as skipped folders).</summary>
    public IReadOnlyList<UnreadFolder> Unread { get; init; } = [];
}
