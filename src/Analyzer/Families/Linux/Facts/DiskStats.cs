using Analyzer.Rules.Facts;

namespace Analyzer.Families.Linux.Facts;

/// <summary>
/// One block device over one iostat capture, summarised over the interval reports. The first report of iostat
/// covers the time since boot and is never "now": it is kept apart (<see cref="BootUtil"/>) and not summarised.
/// </summary>
[FactRecord("DiskStats", HostSources.Resources, Description = "One block device over an iostat capture: utilisation, latency and queue over the interval reports")]
public sealed record DiskStats : IFact
{
    public required Provenance Provenance { get; init; }

    [Field("Unique key: <path>#<device>")] public required string Key { get; init; }
    [Field("Bundle path")] public required string Path { get; init; }
    [Field("Device as the kernel (or iostat -N/-j) names it: sda, nvme0n1, dm-0")] public required string Device { get; init; }
    [Field("nvme, disk (sd/vd/xvd/hd), dm, md, loop, zram/ram, rbd/nbd or other")] public required string Kind { get; init; }
    [Field("Header layout: extended-9 (no r_await), extended-10 (await r_await w_await svctm), extended-11.6 (aqu-sz, svctm), extended-12 (d/s), extended-12.4 (f/s), short (-x -s), basic (tps)")] public required string Layout { get; init; }
    [Field("Interval reports summarised (the since-boot report excluded)")] public required long Samples { get; init; }
    [Field("True when the capture started with the since-boot report (no -y)")] public bool HadBootReport { get; init; }
    [Field("%util of the since-boot report, when present")] public double? BootUtil { get; init; }
    [Field("Highest %util over the interval reports")] public double? UtilMax { get; init; }
    [Field("Mean %util over the interval reports")] public double? UtilAvg { get; init; }
    [Field("Interval reports at or above 90 %util")] public long UtilAbove90 { get; init; }
    [Field("Highest read await (r_await, or await on layouts without it)", Unit = "ms")] public double? ReadAwaitMax { get; init; }
    [Field("Mean read await", Unit = "ms")] public double? ReadAwaitAvg { get; init; }
    [Field("Highest write await (w_await, or await on layouts without it)", Unit = "ms")] public double? WriteAwaitMax { get; init; }
    [Field("Mean write await", Unit = "ms")] public double? WriteAwaitAvg { get; init; }
    [Field("Highest average queue length (aqu-sz / avgqu-sz)")] public double? QueueMax { get; init; }
    [Field("Mean average queue length")] public double? QueueAvg { get; init; }
    [Field("Mean reads per second")] public double? ReadsPerSec { get; init; }
    [Field("Mean writes per second")] public double? WritesPerSec { get; init; }
    [Field("Mean read throughput (MB/s and sector columns converted)", Unit = "kB/s")] public double? ReadKBps { get; init; }
    [Field("Mean write throughput", Unit = "kB/s")] public double? WriteKBps { get; init; }
}
