using System.Formats.Tar;
using System.IO.Compression;

namespace Analyzer.Collection;

/// <summary>
/// Writes the bundle as a gzip-compressed tar (PAX entries, regular files only) to a stream it does not own, so it
/// can be a file or standard output. Every entry gets the capture's start time and mode 0644: nothing of the
/// collector's own user or umask leaks into the bundle.
/// </summary>
public sealed class BundleWriter : IDisposable
{
    private readonly GZipStream _gzip;
    private readonly TarWriter _tar;
    private readonly DateTimeOffset _time;
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public BundleWriter(Stream output, DateTimeOffset time)
    {
        _gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true);
        _tar = new TarWriter(_gzip, TarEntryFormat.Pax, leaveOpen: true);
        _time = time;
    }

    /// <summary>Adds one file; a path used twice gets a numeric suffix instead of shadowing the first.</summary>
    public string Add(string path, ReadOnlySpan<byte> content)
    {
        lock (_gate)
        {
            var name = Unique(path);
            var entry = new PaxTarEntry(TarEntryType.RegularFile, name)
            {
                ModificationTime = _time,
                Mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead,
                DataStream = new MemoryStream(content.ToArray(), writable: false),
            };
            _tar.WriteEntry(entry);
            return name;
        }
    }

    private string Unique(string path)
    {
        if (_names.Add(path)) return path;
        var ext = Path.GetExtension(path);
        var stem = path[..^ext.Length];
        for (var i = 2; ; i++)
            if (_names.Add($"{stem}-{i}{ext}")) return $"{stem}-{i}{ext}";
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _tar.Dispose();
            _gzip.Dispose();
        }
    }
}
