using Analyzer.Rules.Facts;

namespace Analyzer.Families.JuiceFs.Facts;

/// <summary>One row of a captured `juicefs profile` screen (the last screen when the capture holds several).</summary>
[FactRecord("JuiceFsProfileRow", JuiceFsSources.JuiceFs, Description = "A row of captured `juicefs profile` output: operation (or uid/gid/pid), count, average and total latency")]
public sealed record JuiceFsProfileRow : IFact
{
    public required Provenance Provenance { get; init; }

    [Field("Bundle path")] public required string Path { get; init; }
    [Field("The row key: an operation, or a uid/gid/pid when the profile was grouped by them")] public required string Key { get; init; }
    [Field("Operations in the interval")] public long Count { get; init; }
    [Field("Average latency", Unit = "duration")] public TimeSpan Average { get; init; }
    [Field("Total latency", Unit = "duration")] public TimeSpan Total { get; init; }
    [Field("Total latency as a percentage of the interval (exceeds 100 with concurrency)")] public double Percent { get; init; }
}
