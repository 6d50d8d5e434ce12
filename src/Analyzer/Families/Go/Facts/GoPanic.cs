using Analyzer.Rules.Facts;

namespace Analyzer.Families.Go.Facts;

/// <summary>A `panic:` that ended the process, with its signal line when the runtime printed one.</summary>
[FactRecord("GoPanic", GoSources.Stacks, Description = "A Go panic and the goroutine that panicked")]
public sealed record GoPanic : IFact
{
    public required Provenance Provenance { get; init; }

    [Field("Panic value as printed, e.g. 'runtime error: invalid memory address or nil pointer dereference'")] public required string Message { get; init; }
    [Field("True when the message starts with 'runtime error:'")] public bool RuntimeError { get; init; }
    [Field("' [recovered]' was printed: an earlier panic that was recovered before a later one")] public bool Recovered { get; init; }
    [Field("' [recovered, repanicked]' was printed (Go 1.25+): a recovered panic re-raised with the same value")] public bool Repanicked { get; init; }
    [Field("Messages of the earlier panics of a nested chain, oldest first (the last panic, Message, is the one that killed the process)")] public IReadOnlyList<string> EarlierMessages { get; init; } = [];
    [Field("Signal name or number from the [signal ...] line, e.g. SIGSEGV")] public string? Signal { get; init; }
    [Field("Faulting address from the [signal ...] line")] public string? Addr { get; init; }
    [Field("Id of the panicking goroutine (the first one printed)")] public long? GoroutineId { get; init; }
    [Field("Innermost application function of the panicking goroutine")] public string? AppFunction { get; init; }
    [Field("file:line of that frame")] public string? AppLocation { get; init; }
}
