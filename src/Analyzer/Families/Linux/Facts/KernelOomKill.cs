using Analyzer.Rules.Facts;

namespace Analyzer.Families.Linux.Facts;

/// <summary>
/// One OOM-killer kill: the victim (`Killed process N (comm)`), who triggered it (`X invoked oom-killer`), the
/// constraint, free memory and swap from Mem-Info, and the biggest tasks of the task table (the table itself is not
/// kept). A report without its kill line (cut paste, or a panic instead of a kill) is kept too, victim unknown.
/// </summary>
[FactRecord("KernelOomKill", KernelSources.KernelLog, Description = "A process killed by the kernel OOM killer")]
public sealed record KernelOomKill : IFact
{
    public required Provenance Provenance { get; init; }

    [Field("Process id of the killed process; from the oom-kill: line when the kill line is missing, 0 when neither was printed (report cut, or the kernel panicked instead)")] public required long Pid { get; init; }
    [Field("Command name of the killed process, empty when unknown (see Pid)")] public required string Comm { get; init; }
    [Field("global or memcg (Memory cgroup out of memory)")] public required string Scope { get; init; }
    [Field("Command that invoked the OOM killer (allocating task), empty when the trigger line is missing")] public string Trigger { get; init; } = "";
    [Field("Constraint from the oom-kill: line, e.g. CONSTRAINT_NONE, CONSTRAINT_MEMCG")] public string? Constraint { get; init; }
    [Field("Memory cgroup of the victim (task_memcg= on the oom-kill: line)")] public string? Memcg { get; init; }
    [Field("Victim's badness score (old 'score N or sacrifice child' form), -1 when not printed")] public long Score { get; init; } = -1;
    [Field("Victim's total virtual memory in kB, 0 when not printed")] public long TotalVmKb { get; init; }
    [Field("Victim's anonymous resident memory in kB, 0 when not printed")] public long AnonRssKb { get; init; }
    [Field("Victim's file-backed resident memory in kB")] public long FileRssKb { get; init; }
    [Field("Rows of the task table (at most 5), biggest RSS first, as 'comm (pid N) rss N MB'")] public IReadOnlyList<string> TopTasks { get; init; } = [];
    [Field("Rows in the task table")] public long TaskCount { get; init; }
    [Field("Free memory in kB at the OOM (free: pages of the Mem-Info summary, 4 KiB pages), -1 when not printed")] public long FreeKb { get; init; } = -1;
    [Field("Free swap in kB at the OOM (Mem-Info 'Free swap = NkB'), -1 when not printed")] public long FreeSwapKb { get; init; } = -1;
    [Field("Timestamp of the kill line (of the report's first line when it has none) as printed")] public string? Time { get; init; }
}
