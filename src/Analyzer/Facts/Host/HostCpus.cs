using Analyzer.Rules.Facts;

namespace Analyzer.Facts.Host;

/// <summary>The host's CPU count and kernel as a sysstat banner prints them: `Linux 5.15.0 (host) 01/02/24 _x86_64_ (8 CPU)`.</summary>
[FactRecord("HostCpus", HostSources.Resources, Description = "CPU count and kernel release from a sysstat banner")]
public sealed record HostCpus : IFact
{
    public required Provenance Provenance { get; init; }

    [Field("Bundle path")] public required string Path { get; init; }
    [Field("Online CPUs")] public required long Cpus { get; init; }
    [Field("Kernel release")] public required string Kernel { get; init; }
}
