using Analyzer.Rules.Facts;

namespace Analyzer.Families.Go.Facts;

/// <summary>
/// One sampled-stack profile in the bundle: a binary pprof profile (profile.proto), or a `perf script` / folded-stacks
/// capture read into the same shape (<see cref="Format"/> says which) so the CPU rules and pictures serve all of them.
/// The Go name is historical: the facts are the same whoever sampled the stacks.
/// </summary>
[FactRecord("GoProfile", GoSources.Profiles, Description = "A binary pprof profile: what it measures and its totals")]
public sealed record GoProfile : IFact
{
    public required Provenance Provenance { get; init; }

    [Field("Bundle path")] public required string Path { get; init; }
    [Field("cpu, heap, allocs, goroutine, mutex, block, contention (mutex or block, name does not tell), threadcreate or unknown; inferred from the sample types, default type and file name. perf script: cpu for CPU clocks and cycle/instruction counters, events for other events (tracepoints); folded stacks: cpu")] public required string Kind { get; init; }
    [Field("Sample types as type/unit, in profile order, e.g. samples/count, cpu/nanoseconds")] public required IReadOnlyList<string> SampleTypes { get; init; }
    [Field("The sample type pprof shows by default (default_sample_type, else the last), as type/unit")] public required string DefaultSampleType { get; init; }
    [Field("Sampling period type as type/unit, e.g. cpu/nanoseconds; empty when unset")] public required string PeriodType { get; init; }
    [Field("Sampling period in PeriodType units (e.g. 10000000 ns = 100 Hz CPU sampling)")] public long Period { get; init; }
    [Field("Time the profile covers (duration_nanos); zero when unset", Unit = "duration")] public TimeSpan Duration { get; init; }
    [Field("Collection time in nanoseconds since the Unix epoch (time_nanos); zero when unset")] public long TimeNanos { get; init; }
    [Field("Sum of the default sample type over all samples, as `pprof -top` totals it")] public long Total { get; init; }
    [Field("Number of samples")] public long Samples { get; init; }
    [Field("Distinct functions on sampled stacks (pprof nodes at function granularity)")] public long Functions { get; init; }
    [Field("Comments stored in the profile")] public required IReadOnlyList<string> Comments { get; init; }
    [Field("Where the profile came from: pprof (profile.proto), perf-script (`perf script` text) or folded (FlameGraph folded stacks)")] public string Format { get; init; } = "pprof";

    /// <summary>Lets a rule's next steps name the tools that read this capture: `go tool pprof` reads only profile.proto.</summary>
    [Field("True for a pprof profile.proto (Go tooling reads it); false for perf script and folded stacks")] public bool IsPprof => Format == "pprof";
}
