using Analyzer.Rules.Facts;

namespace Analyzer.Families.Go.Facts;

/// <summary>
/// One report of Go's race detector (`WARNING: DATA RACE` between two `==================` lines): the access that
/// raced, the earlier conflicting one, and where each goroutine ran. Programs built with `-race` print it and go on.
/// </summary>
[FactRecord("GoDataRace", GoSources.Stacks, Description = "A data race the Go race detector reported")]
public sealed record GoDataRace : IFact
{
    public required Provenance Provenance { get; init; }

    [Field("Bundle path")] public required string Path { get; init; }
    [Field("The access that raced: 'Read', 'Write', 'Atomic read'... as printed")] public required string Access { get; init; }
    [Field("Address accessed, e.g. 0x00c0000a4150")] public string Address { get; init; } = "";
    [Field("Goroutine of that access (0 for the main goroutine or when not printed)")] public long Goroutine { get; init; }
    [Field("Innermost application frame of that access (runtime and standard library skipped), or the innermost frame")] public string Function { get; init; } = "";
    [Field("file:line of Function's frame")] public string Location { get; init; } = "";
    [Field("The earlier conflicting access: 'Previous write', 'Previous read'...")] public string PreviousAccess { get; init; } = "";
    [Field("Goroutine of the earlier access")] public long PreviousGoroutine { get; init; }
    [Field("Innermost application frame of the earlier access")] public string PreviousFunction { get; init; } = "";
    [Field("file:line of PreviousFunction's frame")] public string PreviousLocation { get; init; } = "";
    [Field("True when the report ended with its closing `==================` line (false: cut off)")] public bool Complete { get; init; }
}
