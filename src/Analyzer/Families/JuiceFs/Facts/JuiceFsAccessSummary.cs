using Analyzer.Rules.Facts;

namespace Analyzer.Families.JuiceFs.Facts;

/// <summary>One JuiceFS access log as a whole.</summary>
[FactRecord("JuiceFsAccessSummary", JuiceFsSources.JuiceFs, Description = "A JuiceFS access log as a whole: records, errors, time span, variant")]
public sealed record JuiceFsAccessSummary : IFact
{
    public required Provenance Provenance { get; init; }

    [Field("Bundle path")] public required string Path { get; init; }
    [Field("Line grammar: v1.2+ (`- STATUS <lat>`), v1.0-1.1 (`: STATUS [result] <lat>`), hadoop-sdk (capitalised ops) or mixed")] public required string Variant { get; init; }
    [Field("Operation records")] public long Records { get; init; }
    [Field("Records whose status was not OK")] public long Errors { get; init; }
    [Field("`#` keep-alive lines (written when nothing happened for a second)")] public long KeepAlives { get; init; }
    [Field("Lines that are neither records nor keep-alives (counted, not parsed)")] public long Malformed { get; init; }
    [Field("Distinct operations")] public long Ops { get; init; }
    [Field("Timestamp of the first record (local time of the client, no zone), yyyy-MM-ddTHH:mm:ss.ffffff")] public required string First { get; init; }
    [Field("Timestamp of the last record")] public required string Last { get; init; }
    [Field("Wall-clock span between the first and the last record", Unit = "duration")] public TimeSpan Span { get; init; }
    [Field("Records per second over the span")] public double Rate { get; init; }
    [Field("99th percentile latency over all operations (within 1%)", Unit = "duration")] public TimeSpan P99 { get; init; }
    [Field("Longest latency over all operations", Unit = "duration")] public TimeSpan Max { get; init; }
}
