namespace Analyzer.Bundles;

/// <summary>
/// Caps that stop decompression bombs and runaway bundles. An entry over <see cref="MaxEntryBytes"/> is read up to
/// the cap and marked partial; past <see cref="MaxTotalBytes"/> or <see cref="MaxEntries"/> the rest is skipped.
/// </summary>
public sealed record BundleLimits
{
    public long MaxEntryBytes { get; init; } = 2L << 30;
    public long MaxTotalBytes { get; init; } = 16L << 30;
    public int MaxEntries { get; init; } = 100_000;
    public int MaxNestingDepth { get; init; } = 4;

    /// <summary>
    /// A zip inside a stream (e.g. inside a tar) must be held in memory to be read, because its directory sits at
    /// the end; larger ones are reported skipped.
    /// </summary>
    public long MaxBufferedArchiveBytes { get; init; } = 256L << 20;

    public static BundleLimits Default { get; } = new();
}
