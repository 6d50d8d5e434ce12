namespace Analyzer.Tests.Damage;

/// <summary>
/// A damage that acts on several files at once (<c>head a b</c> pastes two files as one), so it cannot be applied
/// file by file. The matrix hands it every damageable text file of the bundle.
/// </summary>
internal interface IBundlePasteDamage : IPasteDamage
{
    /// <summary>The files as they arrive: some may be merged into others (and so absent from the result).</summary>
    IReadOnlyList<DamagedFile> ApplyToBundle(IReadOnlyList<DamagedFile> files);
}
