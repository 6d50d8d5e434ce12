using Analyzer.Rules.Facts;

namespace Analyzer.Families.Go.Facts;

/// <summary>
/// One error or fatal message of a service log and its repeats (numbers, ids and paths blanked, so `dial tcp
/// 10.0.0.5:17070: i/o timeout` and its next retry are one pattern), at its first line. The most frequent ones only.
/// </summary>
[FactRecord("ServiceLogPattern", GoSources.ServiceLog, Description = "A repeated error or fatal message of a service log")]
public sealed record ServiceLogPattern : IFact
{
    public required Provenance Provenance { get; init; }

    [Field("Bundle path")] public required string Path { get; init; }
    [Field("error or fatal")] public required string Level { get; init; }
    [Field("The message with numbers, ids and paths blanked")] public required string Pattern { get; init; }
    [Field("Lines with this pattern at this level")] public long Count { get; init; }
    [Field("Rank in its log: fatal patterns first, then by count; 1 for the first")] public long Rank { get; init; }
}
