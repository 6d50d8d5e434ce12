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

    public static BundleLimits Default { get; } = new();
}
