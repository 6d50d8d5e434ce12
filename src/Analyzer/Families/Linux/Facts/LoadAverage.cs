using Analyzer.Rules.Facts;

namespace Analyzer.Families.Linux.Facts;

/// <summary>Load averages from /proc/loadavg, uptime or a top header.</summary>
[FactRecord("LoadAverage", HostSources.Resources, Description = "1/5/15-minute load averages from /proc/loadavg, uptime or top")]
public sealed record LoadAverage : IFact
{
    public required Provenance Provenance { get; init; }

    [Field("Bundle path")] public required string Path { get; init; }
    [Field("loadavg, uptime or top")] public required string Format { get; init; }
    [Field("1-minute load")] public double Load1 { get; init; }
    [Field("5-minute load")] public double Load5 { get; init; }
    [Field("15-minute load")] public double Load15 { get; init; }
    [Field("/proc/loadavg: runnable scheduling entities now, else null")] public long? Runnable { get; init; }
    [Field("/proc/loadavg: scheduling entities in total, else null")] public long? Tasks { get; init; }
}
