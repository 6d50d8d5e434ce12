using Analyzer.Rules.Facts;

namespace Analyzer.Families.Linux.Facts;

/// <summary>
/// One vmstat line. The first line's rates (si so bi bo in cs us sy id wa st) are averages since boot: it is flagged
/// <see cref="SinceBoot"/> and rules look at the others. A capture keeps its most recent lines only.
/// </summary>
[FactRecord("VmstatSample", HostSources.Resources, Description = "One vmstat report line (the first is since boot)")]
public sealed record VmstatSample : IFact
{
    public required Provenance Provenance { get; init; }

    [Field("Bundle path")] public required string Path { get; init; }
    [Field("Line number among the reports (1 = since boot)")] public required long Interval { get; init; }
    [Field("True for the first report: averages since boot, not now")] public bool SinceBoot { get; init; }
    [Field("-t timestamp as printed, or null")] public string? Timestamp { get; init; }
    [Field("r: runnable tasks (running or waiting for a CPU)")] public long Runnable { get; init; }
    [Field("b: tasks in uninterruptible sleep")] public long Blocked { get; init; }
    [Field("swpd: swap used", Unit = "KiB")] public long? SwapUsedKb { get; init; }
    [Field("free memory", Unit = "KiB")] public long? FreeKb { get; init; }
    [Field("si: swapped in per second", Unit = "KiB/s")] public long SwapIn { get; init; }
    [Field("so: swapped out per second", Unit = "KiB/s")] public long SwapOut { get; init; }
    [Field("bi: blocks read per second")] public long BlocksIn { get; init; }
    [Field("bo: blocks written per second")] public long BlocksOut { get; init; }
    [Field("us: user CPU percent")] public long User { get; init; }
    [Field("sy: system CPU percent")] public long System { get; init; }
    [Field("id: idle CPU percent")] public long Idle { get; init; }
    [Field("wa: I/O wait percent")] public long IoWait { get; init; }
    [Field("st: stolen percent (0 when not printed)")] public long Steal { get; init; }
}
