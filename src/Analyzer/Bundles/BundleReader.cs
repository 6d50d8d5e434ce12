namespace Analyzer.Bundles;

/// <summary>
/// Opens a bundle path (directory, .tar, .tar.gz/.tgz, .tar.xz, .zip, single file, single .gz or .xz) and streams
/// its entries to a sink, opening archives found inside it as well. Nothing is extracted or written, no link is
/// followed and nothing is executed.
/// </summary>
/// <remarks>
/// Containers are recognised by their first bytes, the extension only when those say nothing. Hostile members
/// (absolute or escaping paths, control characters, links, devices, fifos) are reported as skipped. When a member
/// path repeats, the first one is read and later ones are reported as skipped duplicates. Damaged archives yield
/// what could be read, then one Failed problem on the archive (the bundle's file name for the bundle itself).
/// </remarks>
public static class BundleReader
{
    /// <param name="priority">
    /// How likely a member path is to hold evidence; likelier members are read first where the container allows it,
    /// and the entry cap does not stop them. Without it every path is <see cref="EntryPriority.Other"/>.
    /// </param>
    /// <exception cref="BundleException">The path does not exist or cannot be opened at all.</exception>
    public static void Read(string bundlePath, IEntrySink sink, BundleLimits? limits = null, Func<string, EntryPriority>? priority = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(bundlePath);
        ArgumentNullException.ThrowIfNull(sink);

        var session = new ReadSession(sink, limits ?? BundleLimits.Default, priority ?? (_ => EntryPriority.Other));
        if (Directory.Exists(bundlePath))
        {
            DirectoryBundle.Read(session, bundlePath);
        }
        else if (File.Exists(bundlePath))
        {
            // Named on the command line, so a link is followed; what it ends at must be a file: a fifo blocks the
            // read forever and a device streams without end.
            var target = new FileInfo(bundlePath).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? bundlePath;
            var kind = UnixFileType.Of(target);
            if (kind is not (UnixFileKind.RegularFile or UnixFileKind.Unknown))
                throw new BundleException($"bundle is a {DirectoryBundle.Describe(kind)}, not a file or directory: {bundlePath}");
            FileBundle.Read(session, bundlePath);
        }
        else
        {
            throw new BundleException($"bundle not found: {bundlePath}");
        }

        session.ReportUnread(Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(bundlePath))));
    }
}
