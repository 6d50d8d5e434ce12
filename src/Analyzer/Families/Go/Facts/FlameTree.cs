using Analyzer.Families.Go.Facts;
using Analyzer.Rules.Facts;

namespace Analyzer.Families.Go.Facts;

/// <summary>
/// The pruned call tree of one profile, for pictures: samples merged by their frame path root→leaf (inlined frames
/// expanded), frames below <see cref="MinValue"/> dropped and the node count capped, so its size does not depend on
/// the profile's. Nodes are in preorder, heaviest child first; a child's x position is its parent's plus the values
/// of its elder siblings.
/// </summary>
[FactRecord("FlameTree", GoSources.Profiles, Description = "A profile's call tree, pruned to its visible frames, for flame graphs")]
public sealed record FlameTree : IFact
{
    public required Provenance Provenance { get; init; }

    [Field("Bundle path of the profile")] public required string Path { get; init; }
    [Field("Kind of the profile, as GoProfile.Kind")] public required string Kind { get; init; }
    [Field("Sample type the values are in, as type/unit")] public required string SampleType { get; init; }
    [Field("Sum of all sample values (the width of the whole graph)")] public long Total { get; init; }
    [Field("Frames whose value is below this were pruned (their value stays in the caller's self)")] public long MinValue { get; init; }
    [Field("Tree nodes that existed before pruning (at most the builder's working cap)")] public long NodesBeforePruning { get; init; }
    [Field("The kept frames, preorder")] public required IReadOnlyList<FlameNode> Nodes { get; init; }
}
