using Analyzer.Rules.Facts;

namespace Analyzer.Families.Lustre.Facts;

/// <summary>One ftrace or trace-cmd text capture as a whole: tracer, CPUs, time span, lost events.</summary>
[FactRecord("FtraceCapture", FtraceSources.Ftrace, Description = "An ftrace / trace-cmd report text capture: tracer, CPUs, span, events, lost events")]
public sealed record FtraceCapture : IFact
{
    public required Provenance Provenance { get; init; }

    [Field("Bundle path")] public required string Path { get; init; }
    [Field("ftrace (the tracefs `trace` file) or trace-cmd (`trace-cmd report`)")] public required string Producer { get; init; }
    [Field("Tracer from `# tracer:` (function, function_graph, nop, irqsoff, ...); for trace-cmd the graph/function events seen; empty when unknown")] public required string Tracer { get; init; }
    [Field("CPUs from `#P:N` or `cpus=N`; null when the header is missing")] public long? Cpus { get; init; }
    [Field("Trace lines read (events, function calls, graph lines)")] public long Events { get; init; }
    [Field("Trace clock of the first event, seconds (per-CPU local clock by default, not wall time); null without timestamps")] public double? FirstTimestamp { get; init; }
    [Field("Trace clock of the last event, seconds; null without timestamps")] public double? LastTimestamp { get; init; }
    [Field("Last minus first timestamp", Unit = "duration")] public TimeSpan Span { get; init; }
    [Field("Events the ring buffer dropped (`CPU:N [LOST M EVENTS]`, or entries-written minus entries-in-buffer)")] public long LostEvents { get; init; }
    [Field("Function calls whose duration the graph tracer printed")] public long TimedCalls { get; init; }
    [Field("Latency tracers: the latency of the header (`# latency: 259 us`)", Unit = "duration")] public TimeSpan Latency { get; init; }
    [Field("Latency tracers: the task of the header (`task: ps-6143`); empty otherwise")] public required string LatencyTask { get; init; }
    [Field("Lines in no known trace layout")] public long UnknownLines { get; init; }
}
