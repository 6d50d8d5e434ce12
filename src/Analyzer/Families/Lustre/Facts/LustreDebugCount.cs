using Analyzer.Rules.Facts;

namespace Analyzer.Families.Lustre.Facts;

/// <summary>How many records of one capture carry one subsystem and one debug mask (the two hex columns).</summary>
[FactRecord("LustreDebugCount", LustreSources.Debug, Description = "Records of an lctl dk capture per subsystem and debug mask")]
public sealed record LustreDebugCount : IFact
{
    public required Provenance Provenance { get; init; }

    [Field("Bundle path")] public required string Path { get; init; }
    [Field("Subsystem name, e.g. ptlrpc (S_RPC), osc, ldlm, lnet; hex when no single known bit is set")] public required string Subsystem { get; init; }
    [Field("Debug mask names joined by |, e.g. error, ha, rpctrace, neterror|warning")] public required string Mask { get; init; }
    [Field("True when the mask has the D_ERROR or D_EMERG bit")] public bool Error { get; init; }
    [Field("Records with this subsystem and mask")] public long Count { get; init; }
}
