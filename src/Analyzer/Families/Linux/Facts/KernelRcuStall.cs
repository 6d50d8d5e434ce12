using Analyzer.Rules.Facts;

namespace Analyzer.Families.Linux.Facts;

/// <summary>An RCU CPU stall warning (`rcu_sched self-detected stall on CPU`, `rcu_preempt detected stalls on CPUs/tasks:`).</summary>
[FactRecord("KernelRcuStall", KernelSources.KernelLog, Description = "An RCU grace-period stall reported by the kernel")]
public sealed record KernelRcuStall : IFact
{
    public required Provenance Provenance { get; init; }

    [Field("RCU flavor: rcu_sched, rcu_preempt, rcu_bh, rcu_tasks...")] public required string Flavor { get; init; }
    [Field("self-detected, detected or expedited")] public required string Kind { get; init; }
    [Field("Jiffies the grace period has been waiting (t=N), 0 when not printed")] public long Jiffies { get; init; }
    [Field("CPUs listed as stalling, e.g. '1' or '17' (comma separated), empty when not printed")] public string Cpus { get; init; } = "";
    [Field("'kthread starved for N jiffies' was printed: the grace-period kthread did not get CPU")] public bool KthreadStarved { get; init; }
    [Field("Process id of the first task named by a 'Task dump for CPU N:' (the task running on a stalled CPU), 0 when none was dumped")] public long Pid { get; init; }
    [Field("Command name of that task, empty when none was dumped")] public string Comm { get; init; } = "";
    [Field("Every task the stall's 'Task dump for CPU N:' lines name, as 'comm (pid N, state S) on CPU M' (at most 16)")] public IReadOnlyList<string> Tasks { get; init; } = [];
    [Field("Call trace (of the stalled CPU), innermost first, at most 32 frames")] public IReadOnlyList<string> Frames { get; init; } = [];
    [Field("Innermost meaningful frames joined with ' ← ' (callee ← caller)")] public string TopFrames { get; init; } = "";
    [Field("Timestamp of the report's first line as printed")] public string? Time { get; init; }
}
