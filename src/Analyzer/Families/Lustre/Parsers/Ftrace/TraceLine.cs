using Analyzer.Families.Lustre.Facts;
namespace Analyzer.Families.Lustre.Parsers.Ftrace;

/// <summary>
/// One event line of the `trace` file or of `trace-cmd report`, read in place:
/// `TASK-PID [(TGID)] [CPU] [FLAGS] SECONDS.FRACTION: EVENT: BODY`, or for the function tracer
/// `... SECONDS: func <-parent`. TASK is right-aligned and may contain '-' and spaces: the pid is the last
/// `-digits` before the CPU bracket. Flags (irqs-off, need-resched, hardirq/softirq, preempt-depth[, migrate-disable])
/// are absent when irq-info is off and in plain trace-cmd report output.
/// </summary>
internal readonly ref struct TraceLine
{
    public ReadOnlySpan<char> Comm { get; init; }
    public long Pid { get; init; }
    public long Cpu { get; init; }
    public long Nanos { get; init; }
    public ReadOnlySpan<char> Event { get; init; }
    public ReadOnlySpan<char> Body { get; init; }

    public static bool TryParse(ReadOnlySpan<char> line, out TraceLine result)
    {
        result = default;
        var s = line.TrimStart();
        var bracket = CpuBracket(s, out var cpu, out var afterBracket);
        if (bracket < 0) return false;
        var task = s[..bracket].TrimEnd();
        if (task.Length > 0 && task[^1] == ')')
        {
            var open = task.LastIndexOf('(');
            if (open < 0) return false;
            task = task[..open].TrimEnd(); // record-tgid column
        }
        var dash = task.LastIndexOf('-');
        if (dash <= 0 || dash == task.Length - 1 || !Number.Digits(task[(dash + 1)..], out var pid)) return false;

        var rest = s[afterBracket..].TrimStart();
        var firstSpace = rest.IndexOf(' ');
        if (firstSpace < 0) return false;
        if (!Number.TryTimestamp(rest[..firstSpace], out var nanos, out var colon))
        {
            // a flags column first
            var flags = rest[..firstSpace];
            if (flags.Length is < 4 or > 5) return false;
            rest = rest[firstSpace..].TrimStart();
            firstSpace = rest.IndexOf(' ');
            if (firstSpace < 0 || !Number.TryTimestamp(rest[..firstSpace], out nanos, out colon)) return false;
        }
        if (!colon) return false;
        var payload = rest[firstSpace..].TrimStart();
        ReadOnlySpan<char> eventName, body;
        var nameEnd = payload.IndexOf(':');
        var space = payload.IndexOf(' ');
        if (nameEnd > 0 && (space < 0 || nameEnd < space))
        {
            eventName = payload[..nameEnd];
            body = payload[(nameEnd + 1)..].Trim();
        }
        else
        {
            eventName = "function"; // function tracer: `func <-parent`
            body = payload.Trim();
        }
        result = new TraceLine { Comm = task[..dash].Trim(), Pid = pid, Cpu = cpu, Nanos = nanos, Event = eventName, Body = body };
        return true;
    }

    /// <summary>Index of the first ` [digits]` (the CPU column); -1 when there is none.</summary>
    private static int CpuBracket(ReadOnlySpan<char> s, out long cpu, out int after)
    {
        cpu = 0;
        after = 0;
        for (var i = s.IndexOf('['); i > 0; )
        {
            var close = s[i..].IndexOf(']');
            if (close > 1 && s[i - 1] == ' ' && Number.Digits(s[(i + 1)..(i + close)], out cpu))
            {
                after = i + close + 1;
                return i;
            }
            var next = s[(i + 1)..].IndexOf('[');
            i = next < 0 ? -1 : i + 1 + next;
        }
        return -1;
    }
}
