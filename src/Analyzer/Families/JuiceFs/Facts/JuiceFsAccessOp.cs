using Analyzer.Rules.Facts;

namespace Analyzer.Families.JuiceFs.Facts;

/// <summary>One operation of a JuiceFS access log, aggregated over the whole log (like a `juicefs profile` row).</summary>
[FactRecord("JuiceFsAccessOp", JuiceFsSources.JuiceFs, Description = "Per-operation statistics of a JuiceFS access log: count, errors, latency percentiles, slowest line")]
public sealed record JuiceFsAccessOp : IFact
{
    /// <summary>Points at the slowest record of this operation.</summary>
    public required Provenance Provenance { get; init; }

    [Field("Bundle path of the access log")] public required string Path { get; init; }
    [Field("Operation as logged (lookup, read, write, getattr...; the Hadoop SDK's capitalised Open, Pread...)")] public required string Op { get; init; }
    [Field("Records of this operation")] public long Count { get; init; }
    [Field("Records whose status was not OK")] public long Errors { get; init; }
    [Field("The most frequent error of this operation as an errno name (EIO, ENOENT...) or the logged text; empty when none")] public required string TopErrno { get; init; }
    [Field("Median latency (log-bucketed histogram, within 1% relative error)", Unit = "duration")] public TimeSpan P50 { get; init; }
    [Field("90th percentile latency (within 1% relative error)", Unit = "duration")] public TimeSpan P90 { get; init; }
    [Field("99th percentile latency (within 1% relative error)", Unit = "duration")] public TimeSpan P99 { get; init; }
    [Field("Longest latency (exact)", Unit = "duration")] public TimeSpan Max { get; init; }
    [Field("Mean latency (exact)", Unit = "duration")] public TimeSpan Mean { get; init; }
    [Field("Sum of all latencies of this operation (exact)", Unit = "duration")] public TimeSpan Total { get; init; }
    [Field("Share of the log's wall-clock span spent in this operation, in percent, as `juicefs profile` computes it (exceeds 100 with concurrency)")] public double Percent { get; init; }
    [Field("1-based line of the slowest record")] public long SlowestLine { get; init; }
    [Field("The slowest record, cut to 300 characters")] public required string SlowestExcerpt { get; init; }
}
