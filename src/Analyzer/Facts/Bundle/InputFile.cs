using Analyzer.Rules.Facts;

namespace Analyzer.Facts.Bundle;

/// <summary>One input of the bundle as the inventory lists it, so rules can ask "was anything recognised?".</summary>
[FactRecord("InputFile", FactSources.Bundle, Description = "An input of the bundle and what became of it")]
public sealed record InputFile : IFact
{
    public required Provenance Provenance { get; init; }

    [Field("Bundle-relative path")] public required string Path { get; init; }
    [Field("Detected format, or 'unknown'")] public required string Format { get; init; }
    [Field("parsed, partial, unrecognized, failed or skipped")] public required string Status { get; init; }
    [Field("Facts taken from it")] public long Facts { get; init; }
    [Field("True when a parser recognised it (parsed or partial)")] public bool Recognized { get; init; }

    [Field("True when a parser claimed it by its content or its name, read or not: evidence, so an input that is also failed, partial or unrecognized leaves a question open")]
    public bool Evidence { get; init; }
}
