using Analyzer.Rules.Facts;

namespace Analyzer.Families.Linux.Facts;

/// <summary>One process listing (a ps output or one top -b iteration): how many processes in which state.</summary>
[FactRecord("ProcessSnapshot", HostSources.Processes, Description = "A ps output or one top -b iteration, counted by state")]
public sealed record ProcessSnapshot : IFact
{
    public required Provenance Provenance { get; init; }

    [Field("Bundle path")] public required string Path { get; init; }
    [Field("ps or top")] public required string Format { get; init; }
    [Field("Sample of its file (1-based): a top -b iteration, or a listing of a ps loop (the same command printed again, or at another time, in one file); 1 for a single ps")] public long Iteration { get; init; } = 1;
    [Field("Capture time of the sample when the file printed one before it (a `date` line of a ps loop): ISO-8601, ending in Z when the line gave UTC or an offset, else the wall clock and the zone name as printed; for top -b the time of day its summary line prints (`11:57:13`: top prints no date); null when unknown")] public string? Captured { get; init; }
    [Field("Time from the file's first timed sample to this one (the date lines of a ps loop, the clocks of top -b iterations); null when the samples carry no time", Unit = "duration")] public TimeSpan? Elapsed { get; init; }
    [Field("Column layout: the header's tokens joined by spaces")] public required string Layout { get; init; }
    [Field("Processes listed")] public long Processes { get; init; }
    [Field("Listed in state R")] public long Running { get; init; }
    [Field("Listed in state S or I")] public long Sleeping { get; init; }
    [Field("Listed in state D (uninterruptible sleep)")] public long DState { get; init; }
    [Field("Listed in state Z")] public long Zombie { get; init; }
    [Field("Listed in state T or t")] public long Stopped { get; init; }
    [Field("True when the layout has a state column (otherwise the counts are 0)")] public bool HasState { get; init; }
    [Field("True when the layout has a wait-channel column")] public bool HasWchan { get; init; }
    [Field("True when the listing had no header (a grep/awk-filtered paste) and the layout was inferred from the rows: the counts cover the rows shown only")] public bool LayoutInferred { get; init; }
}
