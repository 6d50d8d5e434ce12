using Analyzer.Rules.Facts;

namespace Analyzer.Rules.Tests.Engine;

[FactRecord("EngItem", "eng", Description = "test item")]
public sealed record EngItem : IFact
{
    public required Provenance Provenance { get; init; }
    public required string Name { get; init; }
    public required string Group { get; init; }
    public long Value { get; init; }
    public TimeSpan Wait { get; init; }
    public int Rank { get; init; }
}

[FactRecord("EngLink", "eng-links", Description = "test link")]
public sealed record EngLink : IFact
{
    public required Provenance Provenance { get; init; }
    public required string From { get; init; }
    public required string To { get; init; }
}

[FactRecord("EngTag", FactSources.Derived, Description = "test derived fact")]
public sealed record EngTag : IFact
{
    public required Provenance Provenance { get; init; }
    public required string Name { get; init; }
    public long Total { get; init; }
}
