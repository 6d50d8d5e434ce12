using Analyzer.Rules.Facts;

namespace Analyzer.Families.Go.Facts;

/// <summary>
/// The goroutine most likely holding the lock a group of goroutines queues on: not itself waiting for that lock,
/// blocked at least as long as the waiters, with a stack that runs through code taking the same lock.
/// </summary>
[FactRecord("GoLockHolder", GoSources.Stacks, Description = "Inferred holder of a contended lock")]
public sealed record GoLockHolder : IFact
{
    public required Provenance Provenance { get; init; }

    [Field("Key of the waiting GoroutineGroup")] public required string WaiterGroup { get; init; }
    [Field("Key of the holder's GoroutineGroup")] public required string HolderGroup { get; init; }
    [Field("Id of the holder goroutine (null in debug=1 profiles, which print no ids)")] public long? HolderGoroutineId { get; init; }
    [Field("State of the holder, e.g. 'chan receive'")] public required string HolderState { get; init; }
    [Field("How long the holder has been blocked", Unit = "duration")] public TimeSpan HolderWait { get; init; }
    [Field("Where the holder waits: its innermost application function")] public required string HolderFunction { get; init; }
    [Field("file:line of that frame")] public string? HolderLocation { get; init; }
    [Field("The application function that takes the lock")] public required string LockCaller { get; init; }
    [Field("Why this goroutine: mutex-address, same-function or same-package")] public required string Basis { get; init; }
}
