using Analyzer.Rules.Facts;

namespace Analyzer.Families.Linux.Facts;

/// <summary>
/// One khungtaskd report (`INFO: task COMM:PID blocked for more than N seconds.` with its task line and call trace),
/// or one D-state task of a blocked-state dump (sysrq-w) printed without that header.
/// </summary>
[FactRecord("KernelHungTask", KernelSources.KernelLog, Description = "A task the kernel reported blocked in D state, with its call trace")]
public sealed record KernelHungTask : IFact
{
    public required Provenance Provenance { get; init; }

    [Field("Unique key of the report in the bundle: <path>:<line>")] public required string Key { get; init; }
    [Field("hung-task (khungtaskd report) or blocked-dump (a D-state task line without the report header, e.g. sysrq-w)")] public required string Kind { get; init; }
    [Field("Process id of the blocked task")] public required long Pid { get; init; }
    [Field("Command name of the blocked task, as in the report header")] public required string Comm { get; init; }
    [Field("How long the kernel says the task was blocked (the hung_task_timeout_secs it crossed); 0 for blocked dumps", Unit = "duration")] public TimeSpan Blocked { get; init; }
    [Field("Task state letter from the task line (D for uninterruptible); empty when the line was missing")] public string State { get; init; } = "";
    [Field("Parent process id from the task line, 0 when not printed")] public long Ppid { get; init; }
    [Field("Workqueue line of a kworker, e.g. 'writeback wb_workfn (flush-8:1)'")] public string? Workqueue { get; init; }
    [Field("'INFO: task ... is blocked on a mutex likely owned by task ...' text (newer kernels)")] public string? BlockedOn { get; init; }
    [Field("Layout of the task line: 3x (with task pointer), 4x, task-kv (task:/state: since ~5.x), none")] public string TaskLineLayout { get; init; } = "none";
    [Field("Call trace, innermost first (function[ module]), at most 32 frames; unreliable '?' frames dropped")] public IReadOnlyList<string> Frames { get; init; } = [];
    [Field("Innermost frames that say what the task waits for (scheduler frames skipped), joined with ' ← ' (callee ← caller)")] public string TopFrames { get; init; } = "";
    [Field("Kernel modules in the call trace, e.g. zfs, nfs, xfs")] public IReadOnlyList<string> Modules { get; init; } = [];
    [Field("Timestamp of the report's first line as printed (boot seconds, syslog or ISO time)")] public string? Time { get; init; }
}
