using Analyzer.Families.JuiceFs.Facts;
using Analyzer.Rules.Facts;

namespace Analyzer.Families.JuiceFs.Parsers.JuiceFsStats;

/// <summary>Sums the metrics a triage reads, over every series of a name (labels other than method/errno are dropped by the client, so names repeat).</summary>
internal sealed class StatsTotals
{
    private double _uptime, _fuseOps, _fuseSeconds, _metaOps, _metaSeconds, _restarts, _objectRequests, _objectSeconds,
        _objectErrors, _readBytes, _writtenBytes, _hits, _misses;

    public long Metrics { get; private set; }

    public void Add(ReadOnlySpan<char> name, double value)
    {
        Metrics++;
        var body = name[8..]; // after "juicefs_" / "juicefs."
        if (body.SequenceEqual("uptime")) _uptime = value;
        else if (Histogram(body, "fuse_ops_durations_histogram_seconds", value, ref _fuseOps, ref _fuseSeconds)) { }
        else if (Histogram(body, "meta_ops_durations_histogram_seconds", value, ref _metaOps, ref _metaSeconds)) { }
        else if (Histogram(body, "object_request_durations_histogram_seconds", value, ref _objectRequests, ref _objectSeconds)) { }
        else if (body.StartsWith("transaction_restart")) _restarts += value;
        else if (body.StartsWith("object_request_errors")) _objectErrors += value;
        else if (body.StartsWith("fuse_read_size_bytes") && IsSum(body)) _readBytes += value;
        else if (body.StartsWith("fuse_written_size_bytes") && IsSum(body)) _writtenBytes += value;
        else if (body.StartsWith("blockcache_hits") && !body.StartsWith("blockcache_hit_bytes")) _hits += value;
        else if (body.StartsWith("blockcache_miss") && !body.StartsWith("blockcache_miss_bytes")) _misses += value;
    }

    public JuiceFsStatsSnapshot ToFact(string path) => new()
    {
        Provenance = new Provenance(path, 1),
        Path = path,
        // Snapshots of one mount sit side by side (stats.txt, stats.5s.txt in one `juicefs debug` folder).
        Directory = path.LastIndexOf('/') is var slash and >= 0 ? path[..slash] : "",
        Metrics = Metrics,
        Uptime = TimeSpan.FromSeconds(Math.Clamp(_uptime, 0, 1e9)),
        FuseOps = _fuseOps,
        FuseSeconds = _fuseSeconds,
        MetaOps = _metaOps,
        MetaSeconds = _metaSeconds,
        TransactionRestarts = _restarts,
        ObjectRequests = _objectRequests,
        ObjectSeconds = _objectSeconds,
        ObjectErrors = _objectErrors,
        ReadBytes = _readBytes,
        WrittenBytes = _writtenBytes,
        CacheHits = _hits,
        CacheMisses = _misses,
    };

    /// <summary>`BASE[_label]_total` counts, `BASE[_label]_sum` sums (either order of label and suffix is accepted).</summary>
    private static bool Histogram(ReadOnlySpan<char> body, string baseName, double value, ref double count, ref double sum)
    {
        if (!body.StartsWith(baseName))
            return false;
        var rest = body[baseName.Length..];
        if (rest.EndsWith("_total") || rest.StartsWith("_total") || rest.EndsWith("_count") || rest.StartsWith("_count"))
            count += value;
        else if (IsSum(rest))
            sum += value;
        return true;
    }

    private static bool IsSum(ReadOnlySpan<char> s) => s.EndsWith("_sum") || s.Contains("_sum_", StringComparison.Ordinal);
}
