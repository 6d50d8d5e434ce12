using Analyzer.Rules.Facts;

namespace Analyzer.Families.Go.Facts;

/// <summary>A `fatal error:` thrown by the Go runtime (deadlock, concurrent map writes, out of memory...), or a fatal signal's report.</summary>
[FactRecord("GoFatalError", GoSources.Stacks, Description = "A fatal runtime error")]
public sealed record GoFatalError : IFact
{
    public required Provenance Provenance { get; init; }

    [Field("Text after 'fatal error: '")] public required string Message { get; init; }
    [Field("deadlock, concurrent-map-access, stack-overflow, out-of-memory, signal (a fatal signal's report such as `SIGABRT: abort`: Message is that line) or other")] public required string Kind { get; init; }
    [Field("Id of the goroutine that threw (the first one printed), if any")] public long? GoroutineId { get; init; }
    [Field("Innermost application function of that goroutine")] public string? AppFunction { get; init; }
    [Field("file:line of that frame")] public string? AppLocation { get; init; }
}
