namespace Analyzer.Families.Go.Parsers.PerfScript;

/// <summary>
/// What a perf event's values mean. The software clocks (cpu-clock, task-clock) count nanoseconds, so their
/// periods are CPU time exactly like a Go CPU profile's cpu/nanoseconds and the CPU rules can read them; hardware
/// events (cycles, instructions, ...) count events, whose rate per second is unknown from the text.
/// </summary>
internal static class PerfEvent
{
    private static readonly HashSet<string> CpuEvents = new(StringComparer.Ordinal)
    {
        "cpu-clock", "task-clock", "cycles", "cpu-cycles", "instructions", "ref-cycles", "bus-cycles", "cycles-ct", "cycles-t",
    };

    /// <summary>The event without modifiers or PMU prefix: `cycles:u` → cycles, `cpu/cycles/pp` → cycles, `sched:sched_switch` kept.</summary>
    public static string BaseName(string name)
    {
        var n = name;
        if (n.Contains('/', StringComparison.Ordinal))
        {
            var parts = n.Split('/', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length >= 2) n = parts[1];
        }
        var colon = n.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && n[(colon + 1)..].All(c => "ukhpPGHISDWe".Contains(c)))
            n = n[..colon];
        return n;
    }

    public static bool IsTime(string name) => BaseName(name) is "cpu-clock" or "task-clock";

    public static string Kind(string name) => CpuEvents.Contains(BaseName(name)) ? "cpu" : "events";

    /// <summary>The value type of a sample: CPU time for the software clocks, else a count of the event.</summary>
    public static string SampleType(string name) => IsTime(name) ? "cpu/nanoseconds" : $"{BaseName(name)}/count";
}
