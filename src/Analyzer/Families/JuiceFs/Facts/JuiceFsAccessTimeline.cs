using Analyzer.Rules.Facts;

namespace Analyzer.Families.JuiceFs.Facts;

/// <summary>
/// An access log's activity over time in equal buckets (1 s, coarsened by doubling so there are never more than a few
/// hundred): the series a latency-over-time chart draws. Lists are parallel, one element per bucket.
/// </summary>
[FactRecord("JuiceFsAccessTimeline", JuiceFsSources.JuiceFs, Description = "Records, errors and latency of a JuiceFS access log per time bucket")]
public sealed record JuiceFsAccessTimeline : IFact
{
    public required Provenance Provenance { get; init; }

    [Field("Bundle path")] public required string Path { get; init; }
    [Field("Start of the first bucket (client local time), yyyy-MM-ddTHH:mm:ss")] public required string Start { get; init; }
    [Field("Width of each bucket in seconds (a power of two)")] public long BucketSeconds { get; init; }
    [Field("Records per bucket")] public required IReadOnlyList<long> Counts { get; init; }
    [Field("Failed records per bucket")] public required IReadOnlyList<long> Errors { get; init; }
    [Field("Mean latency per bucket in microseconds (0 for an empty bucket)")] public required IReadOnlyList<long> MeanMicros { get; init; }
    [Field("Longest latency per bucket in microseconds")] public required IReadOnlyList<long> MaxMicros { get; init; }
}
