using Analyzer.Rules.Facts;

namespace Analyzer.Families.Linux.Facts;

/// <summary>
/// Identical kernel stacks of one input, grouped as `md5sum /proc/*/stack | sort | uniq -c` would: a per-PID
/// /proc/PID/stack file is a group of one; a concatenated dump of many PIDs is grouped while it is read. A file that
/// captured the same tasks several times (a loop) is grouped per capture, so captures can be compared.
/// </summary>
[FactRecord("ProcStack", HostSources.Processes, Description = "Identical /proc/PID/stack kernel stacks of one input")]
public sealed record ProcStack : IFact
{
    public required Provenance Provenance { get; init; }

    [Field("Unique key: <path>#<index>")] public required string Key { get; init; }
    [Field("Bundle path")] public required string Path { get; init; }
    [Field("Capture of its file (1-based): the next `date` line of a loop, or the same task read again, starts the next; 1 for a single dump")] public long Iteration { get; init; } = 1;
    [Field("Capture time when the file printed one before it (a loop's `date` line): ISO-8601, ending in Z when the line gave UTC or an offset, else the wall clock and the zone name as printed; null when unknown")] public string? Captured { get; init; }
    [Field("Time from the file's first timed capture to this one; null when the captures carry no time", Unit = "duration")] public TimeSpan? Elapsed { get; init; }
    [Field("The frames' functions joined by ';' (innermost first): equal for identical stacks across inputs")] public required string Signature { get; init; }
    [Field("Tasks with this stack in the capture")] public required long Count { get; init; }
    [Field("Their pids (the first 1000)")] public required IReadOnlyList<long> Pids { get; init; }
    [Field("Frames, innermost first")] public required IReadOnlyList<KernelFrame> Frames { get; init; }
    [Field("Innermost function")] public required string TopFunction { get; init; }
    [Field("Innermost function that is not scheduler plumbing (schedule, io_schedule, ...): what the task waits in")] public required string WaitFunction { get; init; }
    [Field("The first frames' functions, innermost first, joined by ' ← ' (at most 6)")] public required string Summary { get; init; }
    [Field("Module of the first frame that has one (e.g. nfs, zfs), or null")] public string? Module { get; init; }
}
