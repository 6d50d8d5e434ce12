using Analyzer.Rules.Facts;

namespace Analyzer.Families.JuiceFs.Facts;

/// <summary>
/// One of the busiest callers (pid or uid) of an access log, counted with a bounded space-saving sketch; the rest is
/// one `other` row. Counts of tracked callers may be overestimated by at most <see cref="CountError"/>.
/// </summary>
[FactRecord("JuiceFsAccessCaller", JuiceFsSources.JuiceFs, Description = "Records and time per busiest pid or uid of a JuiceFS access log (top N plus other)")]
public sealed record JuiceFsAccessCaller : IFact
{
    public required Provenance Provenance { get; init; }

    [Field("Bundle path")] public required string Path { get; init; }
    [Field("pid or uid")] public required string Kind { get; init; }
    [Field("The pid or uid, or `other` for everything outside the top N")] public required string Id { get; init; }
    [Field("Records")] public long Count { get; init; }
    [Field("Upper bound of the overestimate of Count (space-saving); 0 when exact")] public long CountError { get; init; }
    [Field("Failed records")] public long Errors { get; init; }
    [Field("Sum of latencies", Unit = "duration")] public TimeSpan Total { get; init; }
}
