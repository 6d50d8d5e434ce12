using System.Formats.Tar;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Analyzer.Collection;
using Analyzer.Pipeline;
using Analyzer.Reporting;
using Analyzer.Tests.Support;

namespace Analyzer.Tests.Collection;

/// <summary>A capture written to a temporary .tar.gz, its entries read back, its manifest and its report.</summary>
internal sealed class CollectedBundle : IDisposable
{
    private CollectedBundle(string path, CollectResult result)
    {
        Path = path;
        Result = result;
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var tar = new TarReader(gzip);
        while (tar.GetNextEntry() is { } entry)
        {
            using var data = new MemoryStream();
            entry.DataStream?.CopyTo(data);
            Files[entry.Name] = data.ToArray();
        }
        Manifest = JsonDocument.Parse(Files[CollectManifest.FileName]);
    }

    public string Path { get; }
    public CollectResult Result { get; }
    public Dictionary<string, byte[]> Files { get; } = new(StringComparer.Ordinal);
    public JsonDocument Manifest { get; }

    public static CollectedBundle Collect(CollectOptions options)
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"triage-collect-test-{Guid.NewGuid():N}.tar.gz");
        CollectResult result;
        using (var file = File.Create(path))
            result = Collector.RunAsync(options, file).GetAwaiter().GetResult();
        return new CollectedBundle(path, result);
    }

    public string Text(string path) => Encoding.UTF8.GetString(Files[path]);

    public ReportModel Analyze() => Analysis.Run(Path, ShippedRules.Rules);

    /// <summary>The manifest's source lines as (name, status, path, reason).</summary>
    public IReadOnlyList<(string Name, string Status, string? Path, string? Reason)> Sources() =>
        Manifest.RootElement.GetProperty("sources").EnumerateArray().Select(s => (
            s.GetProperty("name").GetString()!, s.GetProperty("status").GetString()!,
            s.TryGetProperty("path", out var p) ? p.GetString() : null,
            s.TryGetProperty("reason", out var r) ? r.GetString() : null)).ToArray();

    public void Dispose()
    {
        Manifest.Dispose();
        File.Delete(Path);
    }
}
