using Analyzer.Rules.Facts;

namespace Analyzer.Families.Go.Facts;

/// <summary>One goroutine dump found in the bundle (a file may hold several, e.g. a log with two crashes).</summary>
[FactRecord("GoroutineDump", GoSources.Stacks, Description = "A goroutine dump and what produced it")]
public sealed record GoroutineDump : IFact
{
    public required Provenance Provenance { get; init; }

    [Field("Bundle path")] public required string Path { get; init; }
    [Field("panic, fatal-error, sigquit, traceback (debug=2 / runtime.Stack), profile (debug=1) or summary (grouped output of a tool: `48 goroutines [semacquire]:`, panicparse buckets)")] public required string Kind { get; init; }
    [Field("Goroutines in the dump (debug=1: the profile's total)")] public required long Goroutines { get; init; }
    [Field("Groups of similar goroutines")] public required long Groups { get; init; }
    [Field("True when the dump ended mid-goroutine (cut off, or hit the 64 MB pprof cap)")] public bool Truncated { get; init; }
}
