using Analyzer.Rules.Facts;

namespace Analyzer.Families.Linux.Facts;

/// <summary>
/// One device row of one iostat interval report (never the since-boot report). Provenance is the row, so findings
/// quote the intervals that show the problem. A capture keeps its most recent samples only (see the parser's cap).
/// </summary>
[FactRecord("DiskSample", HostSources.Resources, Description = "One device row of one iostat interval report (the since-boot report excluded)")]
public sealed record DiskSample : IFact
{
    public required Provenance Provenance { get; init; }

    [Field("Key of the device's DiskStats: <path>#<device>")] public required string Key { get; init; }
    [Field("Bundle path")] public required string Path { get; init; }
    [Field("Device name")] public required string Device { get; init; }
    [Field("nvme, disk, dm, md, loop, zram/ram, rbd/nbd or other")] public required string Kind { get; init; }
    [Field("Report number (the since-boot report is 0; intervals count from 1)")] public required long Interval { get; init; }
    [Field("The report's -t timestamp as printed, or null")] public string? Timestamp { get; init; }
    [Field("%util")] public double? Util { get; init; }
    [Field("Read await (r_await, or await)", Unit = "ms")] public double? ReadAwait { get; init; }
    [Field("Write await (w_await, or await)", Unit = "ms")] public double? WriteAwait { get; init; }
    [Field("Average queue length (aqu-sz / avgqu-sz)")] public double? Queue { get; init; }
    [Field("Reads per second")] public double? ReadsPerSec { get; init; }
    [Field("Writes per second")] public double? WritesPerSec { get; init; }
    [Field("Read throughput", Unit = "kB/s")] public double? ReadKBps { get; init; }
    [Field("Write throughput", Unit = "kB/s")] public double? WriteKBps { get; init; }
}
