using Analyzer.Rules.Facts;

namespace Analyzer.Families.Linux.Facts;

/// <summary>
/// The host's CPU count: from a sysstat banner (`Linux 5.15.0 (host) 01/02/24 _x86_64_ (8 CPU)`, with the kernel
/// release) or from /proc/cpuinfo (without it).
/// </summary>
[FactRecord("HostCpus", HostSources.Resources, Description = "CPU count (and kernel release) from a sysstat banner or /proc/cpuinfo")]
public sealed record HostCpus : IFact
{
    public required Provenance Provenance { get; init; }

    [Field("Bundle path")] public required string Path { get; init; }
    [Field("Online CPUs")] public required long Cpus { get; init; }
    [Field("Kernel release from a sysstat banner; empty from /proc/cpuinfo")] public required string Kernel { get; init; }
}
