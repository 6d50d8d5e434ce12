using Analyzer.Families.Go.Facts;
using Analyzer.Rules.Facts;

namespace Analyzer.Families.Go.Facts;

/// <summary>
/// One of the heaviest call stacks of a profile: a root→leaf path of functions and the value of the samples that end
/// exactly there (self value of the leaf on that path). Only the top few per profile are kept.
/// </summary>
[FactRecord("ProfileStack", GoSources.Profiles, Description = "One of a profile's heaviest stacks (root to leaf) with its self value")]
public sealed record ProfileStack : IFact
{
    public required Provenance Provenance { get; init; }

    [Field("Bundle path of the profile")] public required string Path { get; init; }
    [Field("1 for the heaviest stack of the profile")] public int Rank { get; init; }
    [Field("Functions from the root (outermost caller) to the leaf")] public required IReadOnlyList<string> Frames { get; init; }
    [Field("The innermost function (last of Frames)")] public required string Leaf { get; init; }
    [Field("Value of samples whose stack is exactly this path")] public long Value { get; init; }
    [Field("Value as a percentage of the profile total")] public double Percent { get; init; }
    [Field("Sample type the value is in, as type/unit")] public required string SampleType { get; init; }
}
