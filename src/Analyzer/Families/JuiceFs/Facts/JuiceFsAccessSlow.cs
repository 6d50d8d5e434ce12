using Analyzer.Rules.Facts;

namespace Analyzer.Families.JuiceFs.Facts;

/// <summary>One of the slowest records of an access log (the N slowest are kept, N bounded).</summary>
[FactRecord("JuiceFsAccessSlow", JuiceFsSources.JuiceFs, Description = "One of the slowest records of a JuiceFS access log, with its line")]
public sealed record JuiceFsAccessSlow : IFact
{
    public required Provenance Provenance { get; init; }

    [Field("Bundle path")] public required string Path { get; init; }
    [Field("1 for the slowest")] public long Rank { get; init; }
    [Field("Operation")] public required string Op { get; init; }
    [Field("Latency", Unit = "duration")] public TimeSpan Latency { get; init; }
    [Field("OK, or the errno name")] public required string Status { get; init; }
    [Field("Process id of the caller (0: the kernel or a background flush)")] public long Pid { get; init; }
    [Field("1-based line")] public long Line { get; init; }
}
