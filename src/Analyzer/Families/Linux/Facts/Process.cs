using Analyzer.Rules.Facts;

namespace Analyzer.Families.Linux.Facts;

/// <summary>
/// One process worth naming from a snapshot: every process in D state (up to a cap per snapshot), the busiest by CPU,
/// and every /proc/PID/status file. A 100,000-process ps does not become 100,000 facts.
/// </summary>
[FactRecord("Process", HostSources.Processes, Description = "A notable process of a ps/top snapshot or a /proc/PID/status file")]
public sealed record Process : IFact
{
    public required Provenance Provenance { get; init; }

    [Field("Bundle path of the snapshot")] public required string Path { get; init; }
    [Field("ps, top or proc-status")] public required string Format { get; init; }
    [Field("Sample of its file (1-based): a top -b iteration, or a listing of a ps loop (the same command printed again, or at another time, in one file); 1 for a single ps and for status")] public long Iteration { get; init; } = 1;
    [Field("Capture time of the sample when the file printed one before it (a `date` line of a ps loop): ISO-8601, ending in Z when the line gave UTC or an offset, else the wall clock and the zone name as printed; for top -b the time of day its summary line prints (`11:57:13`: top prints no date); null when unknown")] public string? Captured { get; init; }
    [Field("Time from the file's first timed sample to this one (the date lines of a ps loop, the clocks of top -b iterations); null when the samples carry no time", Unit = "duration")] public TimeSpan? Elapsed { get; init; }
    [Field("Task id as the kernel reports it: the process id, or the thread id in thread listings")] public required long Pid { get; init; }
    [Field("Thread-group (process) id when the listing shows threads (ps -L/-T): pid is then the thread's id, as the kernel names tasks")] public long? Tgid { get; init; }
    [Field("Parent process id, when printed")] public long? Ppid { get; init; }
    [Field("Command name: ps comm, or the program name of COMMAND/args (brackets of kernel threads removed)")] public required string Comm { get; init; }
    [Field("Full command line when printed (ps args/COMMAND)")] public string? Args { get; init; }
    [Field("User name or uid, when printed")] public string? User { get; init; }
    [Field("State letter: R S D I T t Z X W P")] public required string State { get; init; }
    [Field("Full ps STAT with modifiers (e.g. Ssl, D+), or the state letter")] public required string Stat { get; init; }
    [Field("Kernel function the task sleeps in (ps WCHAN), '-' or null when not printed")] public string? Wchan { get; init; }
    [Field("CPU percent (ps: lifetime average; top: over the interval)")] public double? CpuPercent { get; init; }
    [Field("Memory percent")] public double? MemPercent { get; init; }
    [Field("Resident set size", Unit = "KiB")] public long? RssKb { get; init; }
    [Field("Threads (status Threads)")] public long? Threads { get; init; }
    [Field("Why it was kept: d-state, top-cpu, status")] public required string Reason { get; init; }
}
