using Analyzer.Rules.Facts;

namespace Analyzer.Families.Zfs.Facts;

/// <summary>One interval row of arcstat / arcstat.py / zarcstat output: rates per second over the interval, sizes now.</summary>
[FactRecord("ArcstatInterval", ZfsSources.Arc, Description = "One arcstat/zarcstat interval: ARC accesses and misses per second, hit ratio, sizes")]
public sealed record ArcstatInterval : IFact
{
    public required Provenance Provenance { get; init; }

    [Field("Bundle path")] public required string Path { get; init; }
    [Field("The row's time column (HH:MM:SS local time, no date); empty when the output has no time column")] public required string Time { get; init; }
    [Field("ARC accesses per second (read, or ddread+dmread+pread in 2.2+ output); null when no column gives it")] public double? Reads { get; init; }
    [Field("ARC misses per second (miss, or derived from miss%/hit% or the 2.2+ demand/prefetch hit percentages); null when unknown")] public double? Misses { get; init; }
    [Field("Hits per second (Reads − Misses); null when unknown")] public double? Hits { get; init; }
    [Field("Hit ratio of the interval, 0..1; null when unknown or without accesses")] public double? HitRatio { get; init; }
    [Field("ARC size (arcsz or size column); null when not printed", Unit = "bytes")] public long? Size { get; init; }
    [Field("ARC target size (c column); null when not printed", Unit = "bytes")] public long? C { get; init; }
    [Field("Memory available to the ARC (avail column, may be negative); null when not printed", Unit = "bytes")] public long? Avail { get; init; }
}
