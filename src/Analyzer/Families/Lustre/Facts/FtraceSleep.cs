using Analyzer.Rules.Facts;

namespace Analyzer.Families.Lustre.Facts;

/// <summary>
/// One task's uninterruptible sleeps in a capture: sched_switch away with prev_state D, until sched_wakeup (or the
/// task is switched in again). Sleeps still open when the trace ends count up to its last timestamp.
/// </summary>
[FactRecord("FtraceSleep", FtraceSources.Ftrace, Description = "A task's D-state sleeps in an ftrace capture (sched_switch prev_state=D to sched_wakeup)")]
public sealed record FtraceSleep : IFact
{
    public required Provenance Provenance { get; init; }

    [Field("Bundle path")] public required string Path { get; init; }
    [Field("Task name (prev_comm)")] public required string Comm { get; init; }
    [Field("Task pid (prev_pid)")] public long Pid { get; init; }
    [Field("prev_state of the longest sleep as printed, e.g. D, D|K, D|W")] public required string State { get; init; }
    [Field("Uninterruptible sleeps seen")] public long Sleeps { get; init; }
    [Field("Their summed length", Unit = "duration")] public TimeSpan Total { get; init; }
    [Field("The longest one (a lower bound when it had not ended by the end of the trace)", Unit = "duration")] public TimeSpan Max { get; init; }
    [Field("True when the longest sleep was still going when the trace ended")] public bool Unfinished { get; init; }
    [Field("Function the task was in when it slept, from an enclosing function_graph call; empty when not traced")] public required string Function { get; init; }
}
