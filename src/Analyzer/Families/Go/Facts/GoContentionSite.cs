using Analyzer.Rules.Facts;

namespace Analyzer.Families.Go.Facts;

/// <summary>
/// One contention site of a mutex or block profile (binary profile.proto or `debug=1` text): the application
/// function under which goroutines waited, with the delay summed over every stack through it. The heaviest sites
/// of each profile are kept (rank 1 first).
/// </summary>
[FactRecord("GoContentionSite", GoSources.Profiles, Description = "A site of a mutex/block profile: where goroutines waited, how long in total")]
public sealed record GoContentionSite : IFact
{
    public required Provenance Provenance { get; init; }

    [Field("Bundle path of the profile")] public required string Path { get; init; }
    [Field("mutex (time a lock's holder made others wait, recorded at Unlock), block (time goroutines blocked, recorded where they waited) or contention (mutex or block; the name does not tell)")] public required string Kind { get; init; }
    [Field("proto (profile.proto) or debug1 (`--- mutex:` / `--- contention:` text)")] public required string Format { get; init; }
    [Field("The site: first function on the stack, innermost first, outside the runtime, sync and internal packages (the code that takes the lock or waits); the leaf when every frame is runtime")] public required string Function { get; init; }
    [Field("Import path of the site function's package")] public required string Package { get; init; }
    [Field("Source file (and line, in debug=1 text) of the site frame; empty when the profile has none")] public required string Location { get; init; }
    [Field("What the stacks wait on: lock (sync.Mutex/RWMutex, and every mutex-profile record), channel, select, waitgroup, cond or other")] public required string Category { get; init; }
    [Field("Contention delay summed over the site's stacks (debug=1: cycles / cycles-per-second, times the mutex sampling period, as the binary profile scales it)", Unit = "duration")] public TimeSpan Delay { get; init; }
    [Field("Contention events summed over the site's stacks (scaled like Delay)")] public long Contentions { get; init; }
    [Field("Delay as a percentage of the profile's total delay")] public double DelayPercent { get; init; }
    [Field("Total delay of the whole profile", Unit = "duration")] public TimeSpan ProfileDelay { get; init; }
    [Field("Time the profile covers (a delta profile fetched with ?seconds=N); zero when unknown (a cumulative profile since the rate was set)", Unit = "duration")] public TimeSpan ProfileDuration { get; init; }
    [Field("Delay seconds per second of profile: how many goroutines on average were waiting here; null when the duration is unknown")] public double? DelayPerSecond { get; init; }
    [Field("1 for the heaviest site of the profile, 2 for the next...")] public long Rank { get; init; }
    [Field("Functions of the heaviest stack through the site, innermost first (at most 16)")] public required IReadOnlyList<string> Stack { get; init; }
}
