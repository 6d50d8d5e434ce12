using Analyzer.Rules.Facts;

namespace Analyzer.Families.Lustre.Facts;

/// <summary>
/// One traced function of a capture with its call count and, from the function_graph tracer, its total and longest
/// duration. Only the top functions by total, by longest call and (without durations) by calls are kept.
/// </summary>
[FactRecord("FtraceFunction", FtraceSources.Ftrace, Description = "A slow or frequent function of an ftrace capture: calls, total and longest duration")]
public sealed record FtraceFunction : IFact
{
    public required Provenance Provenance { get; init; }

    [Field("Bundle path")] public required string Path { get; init; }
    [Field("Function as the tracer prints it, with its module when it has one, e.g. ptlrpc_set_wait [ptlrpc]")] public required string Function { get; init; }
    [Field("Calls seen (entries of the function tracer, or completed calls of the graph tracer)")] public long Calls { get; init; }
    [Field("Sum of the printed durations (function_graph); zero without durations", Unit = "duration")] public TimeSpan Total { get; init; }
    [Field("Longest printed duration", Unit = "duration")] public TimeSpan Max { get; init; }
    [Field("Task name of the longest call when the capture shows tasks; empty otherwise")] public required string MaxComm { get; init; }
    [Field("Pid of the longest call when the capture shows tasks; null otherwise")] public long? MaxPid { get; init; }
    [Field("CPU of the longest call")] public long MaxCpu { get; init; }
}
