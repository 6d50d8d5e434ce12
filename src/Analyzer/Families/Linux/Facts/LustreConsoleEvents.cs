using Analyzer.Rules.Facts;

namespace Analyzer.Families.Linux.Facts;

/// <summary>
/// Lustre/LNet console messages of one kind about one target, aggregated (`Lustre: Skipped N previous similar
/// messages` adds N): first line in Provenance, last line and count here.
/// </summary>
[FactRecord("LustreConsoleEvents", KernelSources.KernelLog, Description = "Lustre/LNet console messages in the kernel log, counted per kind and target")]
public sealed record LustreConsoleEvents : IFact
{
    public required Provenance Provenance { get; init; }

    [Field("eviction, connection-lost, connection-restored, request-timeout, network-error, lnet-timeout (LND tx/RDMA timeouts to a peer), thread-inactive (ptlrpc watchdog: a service thread hung or slow), lustre-error, lnet-error")] public required string Kind { get; init; }
    [Field("Target (OST/MDT/MGS/MGC name, osc/mdc suffix removed; the peer NID of an lnet-timeout) or, without one, the code location file:line:func")] public required string Target { get; init; }
    [Field("Messages counted, including those the kernel reported as skipped")] public required long Count { get; init; }
    [Field("Network id (NID) named in the first message, e.g. 192.168.14.178@tcp")] public string? Nid { get; init; }
    [Field("Line number of the last message")] public long LastLine { get; init; }
    [Field("The last message, without the transport prefix")] public string LastExcerpt { get; init; } = "";
}
