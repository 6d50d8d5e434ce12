using Analyzer.Rules.Facts;

namespace Analyzer.Families.Linux.Facts;

/// <summary>`Kernel panic - not syncing: REASON`: the kernel stopped.</summary>
[FactRecord("KernelPanic", KernelSources.KernelLog, Description = "A kernel panic and its reason")]
public sealed record KernelPanic : IFact
{
    public required Provenance Provenance { get; init; }

    [Field("Text after 'not syncing: ', e.g. 'Fatal exception', 'hung_task: blocked tasks', 'Hard LOCKUP'")] public required string Reason { get; init; }
    [Field("Process id from the CPU: line after the panic line, 0 when not printed")] public long Pid { get; init; }
    [Field("Command name from the CPU: line, empty when not printed")] public string Comm { get; init; } = "";
    [Field("Call trace, innermost first, at most 32 frames")] public IReadOnlyList<string> Frames { get; init; } = [];
    [Field("Innermost meaningful frames joined with ' ← ' (callee ← caller)")] public string TopFrames { get; init; } = "";
    [Field("Timestamp of the panic line as printed")] public string? Time { get; init; }
}
