using Analyzer.Rules.Facts;

namespace Analyzer.Families.Go.Facts;

/// <summary>
/// Goroutines of one dump that share state and stack (argument values ignored): the unit rules reason about.
/// A 200,000-goroutine dump becomes a few hundred of these, not 200,000 records.
/// </summary>
[FactRecord("GoroutineGroup", GoSources.Stacks, Description = "Similar goroutines of one dump: same state, same stack")]
public sealed record GoroutineGroup : IFact
{
    public required Provenance Provenance { get; init; }

    [Field("Unique key of the group in the bundle: <path>#<index>")] public required string Key { get; init; }
    [Field("Bundle path of the dump")] public required string DumpPath { get; init; }
    [Field("Runtime state / wait reason, e.g. 'chan receive', 'semacquire', 'sync.Mutex.Lock'; 'unknown' in debug=1 profiles")] public required string State { get; init; }
    [Field("What the goroutines wait for: lock, waitgroup, cond, channel, select, io, syscall, sleep, running, runnable, gc, idle, unknown, other")] public required string Category { get; init; }
    [Field("Number of goroutines in the group")] public required long Count { get; init; }
    [Field("Shortest wait printed (0 when under a minute or not printed)", Unit = "duration")] public TimeSpan MinWait { get; init; }
    [Field("Longest wait printed (0 when under a minute or not printed)", Unit = "duration")] public TimeSpan MaxWait { get; init; }
    [Field("True when the dump prints wait times at all (debug=2 and crash dumps do, debug=1 does not)")] public bool WaitKnown { get; init; }
    [Field("Goroutines of the group that are locked to an OS thread")] public long LockedToThread { get; init; }
    [Field("Innermost function")] public required string TopFunction { get; init; }
    [Field("Innermost frame of the application's own code (not runtime or standard library), if any")] public string? AppFunction { get; init; }
    [Field("file:line of AppFunction's frame")] public string? AppLocation { get; init; }
    [Field("Frames of the first goroutine, innermost first")] public required IReadOnlyList<GoFrame> Frames { get; init; }
    [Field("Function in 'created by', if printed")] public string? CreatedBy { get; init; }
    [Field("Goroutine ids of the first members (at most 10)")] public required IReadOnlyList<long> GoroutineIds { get; init; }
    [Field("Id of the first goroutine in the group")] public long FirstGoroutineId { get; init; }
    [Field("True when the runtime elided frames of the stack")] public bool Elided { get; init; }
    [Field("For lock waits: the application function that called Lock/RLock")] public string? LockCaller { get; init; }
    [Field("For lock waits: mutex addresses seen in Lock's arguments (at most 8)")] public IReadOnlyList<string> MutexAddresses { get; init; } = [];
    [Field("debug=1 profiles: the record's '# labels:' text, e.g. {\"k\":\"v\"}")] public string? Labels { get; init; }
    [Field("Why this wait is a serving program's normal idle shape however long it lasts, else null: main-wait (main.main itself parked on a channel, select, WaitGroup or Cond until shutdown), shutdown-watcher (one closure of main.main, created by it, parked on a channel), select-forever (select {}), worker-pool-idle (2-256 identical goroutines started by one function, receiving on a channel in their own code: a pool waiting for work)")] public string? IdlePattern { get; init; }
}
