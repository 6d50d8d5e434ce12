using Analyzer.Rules.Facts;

namespace Analyzer.Families.Linux.Facts;

/// <summary>Memory totals from /proc/meminfo, free or a top header, in KiB whatever unit the tool printed.</summary>
[FactRecord("MemoryStats", HostSources.Resources, Description = "Memory and swap totals from /proc/meminfo, free or top")]
public sealed record MemoryStats : IFact
{
    public required Provenance Provenance { get; init; }

    [Field("Bundle path")] public required string Path { get; init; }
    [Field("meminfo, free or top")] public required string Format { get; init; }
    [Field("Total memory", Unit = "KiB")] public required long TotalKb { get; init; }
    [Field("Free memory", Unit = "KiB")] public long? FreeKb { get; init; }
    [Field("Available memory (MemAvailable / free's available / old free's -/+ buffers/cache free / top avail Mem)", Unit = "KiB")] public long? AvailableKb { get; init; }
    [Field("Available as a percentage of total; null when not printed")] public double? AvailablePercent { get; init; }
    [Field("Swap total", Unit = "KiB")] public long? SwapTotalKb { get; init; }
    [Field("Swap free", Unit = "KiB")] public long? SwapFreeKb { get; init; }
    [Field("Swap used as a percentage of swap total; null without swap")] public double? SwapUsedPercent { get; init; }
    [Field("Dirty page cache (meminfo)", Unit = "KiB")] public long? DirtyKb { get; init; }
    [Field("Page cache under writeback (meminfo)", Unit = "KiB")] public long? WritebackKb { get; init; }
    [Field("NUMA node of a per-node meminfo (/sys/devices/system/node/nodeN/meminfo); null for the whole host")] public long? Node { get; init; }
    [Field("Unit the tool printed: kB, KiB, MiB, GiB, human; 'KiB (assumed)' when free gave none")] public required string Unit { get; init; }
}
