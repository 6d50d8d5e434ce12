using Analyzer.Rules.Facts;

namespace Analyzer.Families.Go.Facts;

/// <summary>
/// One function of a binary pprof profile with its flat and cum values for the default sample type, as
/// `go tool pprof -top` computes them. Only the top 50 by flat and the top 50 by cum are kept.
/// </summary>
[FactRecord("GoProfileFunction", GoSources.Profiles, Description = "A heavy function of a pprof profile: flat and cum like pprof -top")]
public sealed record GoProfileFunction : IFact
{
    public required Provenance Provenance { get; init; }

    [Field("Bundle path of the profile")] public required string Path { get; init; }
    [Field("Function name, e.g. runtime.mapiternext; 0x<address> for unsymbolized frames")] public required string Function { get; init; }
    [Field("Source file of the function, if the profile records it")] public required string File { get; init; }
    [Field("Value of samples whose innermost frame is this function")] public long Flat { get; init; }
    [Field("Flat as a percentage of the profile total")] public double FlatPercent { get; init; }
    [Field("Value of samples with this function anywhere on the stack (once per sample)")] public long Cum { get; init; }
    [Field("Cum as a percentage of the profile total")] public double CumPercent { get; init; }
    [Field("True when the function only appears inlined into its callers (pprof -top prints \"(inline)\")")] public bool Inlined { get; init; }
    [Field("Sample type the values are in, as type/unit (the profile's default)")] public required string SampleType { get; init; }
}
