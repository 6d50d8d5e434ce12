using System.Text.RegularExpressions;

namespace Analyzer.Families.Linux.Parsers.KernelLog;

/// <summary>
/// The `sched_show_task` line under a hung-task report, in the four layouts of formats.md §4.2:
/// 3.x `COMM D ffff88007a2dd140     0 27090   3047 0x00000000` (task pointer or `running task`), 4.x
/// `COMM D    0     5      2 0x00000000`, 5.x+ `task:COMM state:D stack:    0 pid:19868 ppid:     2 flags:0x0`
/// (left-aligned or collapsed in 6.x, `tgid:` since 6.x, `task_flags:` newest).
/// </summary>
internal static partial class TaskLine
{
    public readonly record struct Parsed(string Comm, char State, long Pid, long Ppid, string Layout);

    public static bool IsKeyValue(ReadOnlySpan<char> s) => s.StartsWith("task:") && s.Contains(" state:", StringComparison.Ordinal);

    public static Parsed? TryParse(ReadOnlySpan<char> s)
    {
        if (s.StartsWith("task:"))
        {
            var st = s.IndexOf(" state:");
            if (st < 0 || st + 7 >= s.Length)
                return null;
            var comm = s[5..st].TrimEnd(' ');
            var rest = s[(st + 7)..];
            var pid = SpanNumbers.After(rest, " pid:", -1);
            if (pid < 0)
                return null;
            return new Parsed(comm.ToString(), rest[0], pid, SpanNumbers.After(rest, " ppid:"), "task-kv");
        }
        if (s.Length > 200)
            return null;
        var m = OldLayout().Match(s.ToString());
        if (!m.Success)
            return null;
        var layout = m.Groups["pc"].Success || m.Groups["running"].Success ? "3x" : "4x";
        return new Parsed(m.Groups["comm"].Value.TrimEnd(), m.Groups["state"].Value[0], long.Parse(m.Groups["pid"].ValueSpan),
            long.Parse(m.Groups["ppid"].ValueSpan), layout);
    }

    // The state letter may be glued to the free-stack number ("rcu_sched       I15016    11      2 0x80004000").
    [GeneratedRegex(@"^(?<comm>.+?) +(?<state>[RSDTtXZPIxKW]) *(?:(?<pc>[0-9a-f]{8,16}) +|(?<running>running task) +)?(?<free>[0-9]+) +(?<pid>[0-9]{1,9}) +(?<ppid>[0-9]{1,9}) 0x[0-9a-f]+$", RegexOptions.CultureInvariant)]
    private static partial Regex OldLayout();
}
