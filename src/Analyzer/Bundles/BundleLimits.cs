namespace Analyzer.Bundles;

/// <summary>
/// Caps that stop decompression bombs and runaway bundles. An entry over <see cref="MaxEntryBytes"/> is read up to
/// the cap and marked partial; past <see cref="MaxTotalBytes"/> the rest is skipped. <see cref="MaxEntries"/> caps
/// the entries whose path does not suggest evidence (<see cref="EntryPriority.Other"/>); entries whose path does are
/// read whatever their place in the archive, up to <see cref="MaxEvidenceEntries"/> entries in all. What the caps
/// leave unread is counted per top-level folder (<see cref="UnreadFolder"/>). Counting the two classes apart makes
/// what is read, and how much is left, independent of archive order.
/// </summary>
public sealed record BundleLimits
{
    public long MaxEntryBytes { get; init; } = 2L << 30;
    public long MaxTotalBytes { get; init; } = 16L << 30;
    /// <summary>Entries read whose path does not suggest evidence.</summary>
    public int MaxEntries { get; init; } = 100_000;

    /// <summary>
    /// The hard cap on all entries read: a forward-only tar cannot put evidence first, so the general cap must not
    /// stop it, but a tree of millions of log files must still end.
    /// </summary>
    public int MaxEvidenceEntries { get; init; } = 250_000;
    public int MaxNestingDepth { get; init; } = 4;

    /// <summary>
    /// A zip inside a stream (e.g. inside a tar) must be held in memory to be read, because its directory sits at
    /// the end; larger ones are reported skipped.
    /// </summary>
    public long MaxBufferedArchiveBytes { get; init; } = 256L << 20;

    public static BundleLimits Default { get; } = new();
}
