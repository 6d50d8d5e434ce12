using Analyzer.Bundles;

namespace Analyzer.Cli.Commands;

/// <summary>
/// <c>triage analyze -</c>: standard input spooled to a file named <c>stdin</c> in a private temporary folder, then
/// read like any one-file bundle, so a tar, gzip, xz or zip stream is recognised by its first bytes and anything else
/// is one plain file (<c>curl …/goroutine?debug=2 | triage analyze -</c>). Spooled rather than streamed because a zip
/// needs its central directory at the end and a damaged archive is read again from the start.
/// </summary>
internal sealed class StdinBundle : IDisposable
{
    private readonly DirectoryInfo _folder;

    private StdinBundle(DirectoryInfo folder, string path)
    {
        _folder = folder;
        Path = path;
    }

    /// <summary>The spooled file, named <see cref="StandardStreams.StdinName"/>.</summary>
    public string Path { get; }

    /// <exception cref="BundleException">Standard input is a terminal, or longer than the bundle size limit.</exception>
    public static StdinBundle Spool(Stream stdin, bool isTerminal, long maxBytes, Action<long>? progress = null)
    {
        // A terminal would wait for typing that nobody knows is expected.
        if (isTerminal)
            throw new BundleException("'-' reads the bundle from standard input, but standard input is a terminal; pipe a file or a tar stream into triage");
        // CreateTempSubdirectory makes the folder readable by its owner only: the evidence may be confidential.
        var folder = Directory.CreateTempSubdirectory("triage-stdin-");
        var path = System.IO.Path.Combine(folder.FullName, StandardStreams.StdinName);
        try
        {
            using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            var buffer = new byte[1 << 16];
            long total = 0;
            int n;
            while ((n = stdin.Read(buffer)) > 0)
            {
                total += n;
                if (total > maxBytes)
                    throw new BundleException($"standard input is longer than the bundle limit of {maxBytes >> 30} GiB; save it to a file and name the file");
                file.Write(buffer, 0, n);
                progress?.Invoke(total);
            }
        }
        catch
        {
            folder.Delete(recursive: true);
            throw;
        }
        return new StdinBundle(folder, path);
    }

    public void Dispose()
    {
        try
        {
            _folder.Delete(recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover private temporary folder must not turn a finished analysis into a failure.
        }
    }
}
