using Analyzer.Families.Lustre.Facts;
namespace Analyzer.Families.Lustre.Parsers.Ftrace;

/// <summary>The `#` comment header of the `trace` file and trace-cmd's `cpus=N` line.</summary>
internal static class TraceHeader
{
    public static bool TryTracer(ReadOnlySpan<char> line, out ReadOnlySpan<char> tracer)
    {
        tracer = default;
        if (!line.StartsWith("# tracer:", StringComparison.Ordinal)) return false;
        tracer = line[9..].Trim();
        return true;
    }

    public static bool TryCpus(ReadOnlySpan<char> line, out long cpus)
    {
        cpus = 0;
        return line.StartsWith("cpus=", StringComparison.Ordinal) && Number.Digits(line[5..].Trim(), out cpus);
    }

    /// <summary>`# entries-in-buffer/entries-written: 140080/250280   #P:4`.</summary>
    public static bool TryEntries(ReadOnlySpan<char> line, out long inBuffer, out long written, out long? cpus)
    {
        inBuffer = written = 0;
        cpus = null;
        const string prefix = "# entries-in-buffer/entries-written:";
        if (!line.StartsWith(prefix, StringComparison.Ordinal)) return false;
        var rest = line[prefix.Length..].Trim();
        var slash = rest.IndexOf('/');
        if (slash <= 0) return false;
        var end = rest[(slash + 1)..].IndexOf(' ');
        var writtenText = end < 0 ? rest[(slash + 1)..] : rest[(slash + 1)..][..end];
        if (!Number.Digits(rest[..slash], out inBuffer) || !Number.Digits(writtenText, out written)) return false;
        var p = rest.IndexOf("#P:", StringComparison.Ordinal);
        if (p >= 0 && Number.Digits(rest[(p + 3)..].Trim(), out var n)) cpus = n;
        return true;
    }

    /// <summary>`# latency: 259 us, #4/4, CPU#2 | ...` of the latency tracers.</summary>
    public static bool TryLatency(ReadOnlySpan<char> line, out long micros)
    {
        micros = 0;
        const string prefix = "# latency:";
        if (!line.StartsWith(prefix, StringComparison.Ordinal)) return false;
        var rest = line[prefix.Length..].TrimStart();
        var space = rest.IndexOf(' ');
        return space > 0 && Number.Digits(rest[..space], out micros);
    }

    /// <summary>`#    | task: ps-6143 (uid:0 nice:0 ...)`.</summary>
    public static bool TryLatencyTask(ReadOnlySpan<char> line, out ReadOnlySpan<char> task)
    {
        task = default;
        var at = line.IndexOf("| task:", StringComparison.Ordinal);
        if (!line.StartsWith("#", StringComparison.Ordinal) || at < 0) return false;
        var rest = line[(at + 7)..].Trim();
        var space = rest.IndexOf(' ');
        task = space < 0 ? rest : rest[..space];
        return true;
    }

    /// <summary>`CPU:2 [LOST 123 EVENTS]`.</summary>
    public static bool TryLost(ReadOnlySpan<char> line, out long lost)
    {
        lost = 0;
        var at = line.IndexOf("[LOST ", StringComparison.Ordinal);
        if (at < 0 || !line.StartsWith("CPU", StringComparison.Ordinal)) return false;
        var rest = line[(at + 6)..];
        var space = rest.IndexOf(' ');
        return space > 0 && Number.Digits(rest[..space], out lost);
    }

    /// <summary>A latency-format line: `ps-6143    2d..1  259us+: trace_hardirqs_on <-...` (no CPU brackets).</summary>
    public static bool TryLatencyLine(ReadOnlySpan<char> line, out ReadOnlySpan<char> function)
    {
        function = default;
        var s = line.TrimStart();
        // TASK-PID, then CPU+flags ("2d..1"), then the relative time "259us" with its delay marker and a colon.
        var first = s.IndexOf(' ');
        if (first <= 0) return false;
        var task = s[..first];
        var dash = task.LastIndexOf('-');
        if (dash <= 0 || !Number.Digits(task[(dash + 1)..], out _)) return false;
        var rest = s[first..].TrimStart();
        var second = rest.IndexOf(' ');
        if (second <= 0 || !char.IsAsciiDigit(rest[0])) return false;
        rest = rest[second..].TrimStart();
        var us = rest.IndexOf("us", StringComparison.Ordinal);
        if (us <= 0 || !Number.Digits(rest[..us], out _)) return false;
        var colon = rest.IndexOf(':');
        if (colon < us || colon > us + 4) return false;
        var body = rest[(colon + 1)..].Trim();
        var arrow = body.IndexOf(" <-", StringComparison.Ordinal);
        function = arrow > 0 ? body[..arrow] : body;
        return true;
    }
}
