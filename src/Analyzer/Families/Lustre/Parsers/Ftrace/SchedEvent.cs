using Analyzer.Families.Lustre.Facts;
namespace Analyzer.Families.Lustre.Parsers.Ftrace;

/// <summary>
/// The fields of sched_switch and sched_wakeup bodies this parser needs, in the kernel's format
/// (`prev_comm=dd prev_pid=4477 prev_prio=120 prev_state=D ==> next_comm=... next_pid=0 ...`,
/// `comm=dd pid=4477 prio=120 target_cpu=001`) and trace-cmd's sched plugin format
/// (`dd:4477 [120] D ==> swapper/1:0 [120]`, `dd:4477 [120] CPU:001`).
/// </summary>
internal static class SchedEvent
{
    public static bool TrySwitch(ReadOnlySpan<char> body, out ReadOnlySpan<char> prevComm, out long prevPid, out ReadOnlySpan<char> prevState, out long nextPid)
    {
        prevComm = prevState = default;
        prevPid = nextPid = 0;
        var arrow = body.IndexOf("==>", StringComparison.Ordinal);
        if (arrow < 0) return false;
        var left = body[..arrow].Trim();
        var right = body[(arrow + 3)..].Trim();
        if (left.Contains("prev_pid=", StringComparison.Ordinal))
        {
            prevComm = Field(left, "prev_comm=");
            prevState = Field(left, "prev_state=");
            return Number.Digits(Field(left, "prev_pid="), out prevPid) && Number.Digits(Field(right, "next_pid="), out nextPid);
        }
        // trace-cmd: COMM:PID [PRIO] STATE ==> COMM:PID [PRIO]
        var prio = left.LastIndexOf('[');
        var close = left.LastIndexOf(']');
        if (prio <= 0 || close < prio) return false;
        prevState = left[(close + 1)..].Trim();
        return TaskColonPid(left[..prio].Trim(), out prevComm, out prevPid) && TaskColonPid(Before(right, '['), out _, out nextPid);
    }

    public static bool TryWakeup(ReadOnlySpan<char> body, out long pid)
    {
        pid = 0;
        if (body.Contains("pid=", StringComparison.Ordinal))
            return Number.Digits(Field(body, "pid="), out pid);
        return TaskColonPid(Before(body, '['), out _, out pid);
    }

    private static ReadOnlySpan<char> Before(ReadOnlySpan<char> s, char c)
    {
        var at = s.IndexOf(c);
        return (at < 0 ? s : s[..at]).Trim();
    }

    private static bool TaskColonPid(ReadOnlySpan<char> s, out ReadOnlySpan<char> comm, out long pid)
    {
        comm = default;
        pid = 0;
        var colon = s.LastIndexOf(':');
        if (colon <= 0) return false;
        comm = s[..colon];
        return Number.Digits(s[(colon + 1)..], out pid);
    }

    /// <summary>The value of `name=` up to the next space ("pid=" does not match inside "prev_pid=").</summary>
    private static ReadOnlySpan<char> Field(ReadOnlySpan<char> s, string name)
    {
        var from = 0;
        while (true)
        {
            var at = s[from..].IndexOf(name, StringComparison.Ordinal);
            if (at < 0) return default;
            at += from;
            if (at == 0 || s[at - 1] == ' ')
            {
                var value = s[(at + name.Length)..];
                var space = value.IndexOf(' ');
                return space < 0 ? value : value[..space];
            }
            from = at + name.Length;
        }
    }
}
