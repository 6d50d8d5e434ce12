using Analyzer.Rules.Facts;

namespace Analyzer.Families.Linux.Facts;

/// <summary>One line of /proc/pressure/{cpu,memory,io}: `some|full avg10=.. avg60=.. avg300=.. total=..`.</summary>
[FactRecord("Pressure", HostSources.Resources, Description = "Pressure stall information (PSI): share of time tasks stalled on a resource")]
public sealed record Pressure : IFact
{
    public required Provenance Provenance { get; init; }

    [Field("Bundle path")] public required string Path { get; init; }
    [Field("cpu, memory, io (from the file name or a grep/head prefix), or unknown")] public required string Resource { get; init; }
    [Field("some (at least one task stalled) or full (all non-idle tasks stalled)")] public required string Kind { get; init; }
    [Field("Percent of the last 10 s stalled")] public double Avg10 { get; init; }
    [Field("Percent of the last 60 s stalled")] public double Avg60 { get; init; }
    [Field("Percent of the last 300 s stalled")] public double Avg300 { get; init; }
    [Field("Total stall time", Unit = "µs")] public long TotalUs { get; init; }
}
