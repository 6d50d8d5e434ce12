using Analyzer.Rules.Facts;

namespace Analyzer.Families.Linux.Facts;

/// <summary>Processes of one snapshot in the same abnormal state (D, Z) with the same command and wait channel.</summary>
[FactRecord("ProcessGroup", HostSources.Processes, Description = "Processes of one snapshot sharing state (D or Z), command and wchan")]
public sealed record ProcessGroup : IFact
{
    public required Provenance Provenance { get; init; }

    [Field("Unique key: <path>#<iteration>#<state>#<comm>#<wchan>")] public required string Key { get; init; }
    [Field("Bundle path of the snapshot")] public required string Path { get; init; }
    [Field("ps or top")] public required string Format { get; init; }
    [Field("Sample of its file (1-based): a top -b iteration or a listing of a ps loop; 1 for a single ps")] public long Iteration { get; init; } = 1;
    [Field("State letter (D or Z)")] public required string State { get; init; }
    [Field("Command name")] public required string Comm { get; init; }
    [Field("Wait channel when the snapshot prints one, else null")] public string? Wchan { get; init; }
    [Field("Processes in the group")] public required long Count { get; init; }
    [Field("Pids of the first members (at most 20)")] public required IReadOnlyList<long> Pids { get; init; }
}
