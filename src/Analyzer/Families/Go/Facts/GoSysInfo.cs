using Analyzer.Rules.Facts;

namespace Analyzer.Families.Go.Facts;

/// <summary>An `ipfs diag sys` snapshot (kubo/go-ipfs): Go runtime, goroutines, memory, disk and network of the daemon.</summary>
[FactRecord("GoSysInfo", GoSources.Runtime, Description = "`ipfs diag sys` JSON: Go version, goroutines, CPUs, memory, disk, network")]
public sealed record GoSysInfo : IFact
{
    public required Provenance Provenance { get; init; }

    [Field("Bundle path")] public required string Path { get; init; }
    [Field("Go version of the daemon (runtime.version), e.g. go1.14.4; empty when absent")] public required string GoVersion { get; init; }
    [Field("Application version (ipfs_version); empty when absent")] public required string AppVersion { get; init; }
    [Field("runtime.os / runtime.arch, e.g. linux/amd64")] public required string Platform { get; init; }
    [Field("Goroutines when the snapshot was taken (runtime.numgoroutines); null when absent")] public long? Goroutines { get; init; }
    [Field("GOMAXPROCS; null when absent")] public long? GoMaxProcs { get; init; }
    [Field("Logical CPUs (runtime.numcpu); null when absent")] public long? NumCpu { get; init; }
    [Field("memory.virt: memory in use as go-sysinfo reports it (kubo's misleading name; unit as printed); null when absent")] public long? MemoryUsed { get; init; }
    [Field("memory.swap (unit as printed); null when absent")] public long? MemorySwap { get; init; }
    [Field("diskinfo.free_space of the repo's filesystem, bytes; null when absent", Unit = "bytes")] public long? DiskFree { get; init; }
    [Field("diskinfo.total_space, bytes; null when absent", Unit = "bytes")] public long? DiskTotal { get; init; }
    [Field("Open file descriptors when the snapshot reports them (fds / fd_count); null otherwise")] public long? OpenFds { get; init; }
    [Field("net.online; null when absent")] public bool? Online { get; init; }
    [Field("Number of net.interface_addresses")] public long InterfaceAddresses { get; init; }
}
