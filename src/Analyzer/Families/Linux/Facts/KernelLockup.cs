using Analyzer.Rules.Facts;

namespace Analyzer.Families.Linux.Facts;

/// <summary>A watchdog report: a soft lockup (`BUG: soft lockup - CPU#N stuck for Ns! [comm:pid]`) or an NMI hard lockup.</summary>
[FactRecord("KernelLockup", KernelSources.KernelLog, Description = "A soft or hard lockup reported by the kernel watchdog")]
public sealed record KernelLockup : IFact
{
    public required Provenance Provenance { get; init; }

    [Field("soft or hard")] public required string Kind { get; init; }
    [Field("The CPU that was stuck, -1 when not printed")] public long Cpu { get; init; } = -1;
    [Field("How long the CPU was stuck (soft lockups; 0 for hard lockups)", Unit = "duration")] public TimeSpan Stuck { get; init; }
    [Field("Process id running on the stuck CPU, 0 when not printed")] public long Pid { get; init; }
    [Field("Command name running on the stuck CPU, empty when not printed")] public string Comm { get; init; } = "";
    [Field("Function the CPU was executing (RIP:/PC is at), if printed")] public string? Function { get; init; }
    [Field("Call trace, innermost first, at most 32 frames")] public IReadOnlyList<string> Frames { get; init; } = [];
    [Field("Innermost meaningful frames (watchdog/interrupt frames skipped) joined with ' ← ' (callee ← caller)")] public string TopFrames { get; init; } = "";
    [Field("Timestamp of the report's first line as printed")] public string? Time { get; init; }
}
