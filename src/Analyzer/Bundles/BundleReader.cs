namespace Analyzer.Bundles;

/// <summary>
/// Opens a bundle path (directory, .tar, .tar.gz/.tgz, .tar.xz, .zip, single file, single .gz) and streams its
/// entries to a sink, opening archives found inside it as well.
/// </summary>
public static class BundleReader
{
    public static void Read(string bundlePath, IEntrySink sink, BundleLimits? limits = null) =>
        throw new NotImplementedException("bundle readers arrive with the bundles work");
}
