namespace Analyzer.Families.Linux.Parsers.KernelLog;

internal sealed partial class KernelLogMachine
{
    /// <summary>A line after a report's header: fills the report, or counts as unrelated.</summary>
    private void Continue(ReadOnlySpan<char> p, int number)
    {
        if (Body(p, number))
        {
            _report.EndLine = number;
            _report.UnrelatedRun = 0;
            return;
        }
        if (++_report.UnrelatedRun > MaxUnrelated)
            CloseReport();
    }

    private bool Body(ReadOnlySpan<char> p, int number)
    {
        var frame = FrameLine.Parse(p, out var function, out var module, out var unreliable);
        if (frame == FrameLineKind.Frame)
        {
            _report.Trace.Add(function, module, unreliable);
            return true;
        }
        if (frame == FrameLineKind.Marker)
            return true;

        if (p.StartsWith("Call Trace:") || p.StartsWith("Call trace:") || p.StartsWith("Backtrace:"))
        {
            _report.InTrace = true;
            return true;
        }
        if (_report.Kind == ReportKind.RcuStall && _report.TaskDumpCpu >= 0 && TaskLine.TryParse(p) is { } dumped)
        {
            _report.AddRcuTask(dumped, _report.TaskDumpCpu);
            _report.TaskDumpCpu = -1;
            return true;
        }
        if (TaskLine.IsKeyValue(p) || (_report.Kind == ReportKind.HungTask && _report.State == '\0') || _blockedDump)
        {
            if (TaskLine.TryParse(p) is { } task)
            {
                if (_report.Kind == ReportKind.HungTask && _report.State == '\0')
                    FillTask(task, fromHeader: true);
                else if (task.State == 'D')
                {
                    Begin(ReportKind.BlockedDump, p, number, default);
                    FillTask(task, fromHeader: false);
                }
                return true;
            }
        }
        if (p.StartsWith("CPU: ") && p.Contains(" PID: ", StringComparison.Ordinal))
        {
            TaskHeader(p, SpanNumbers.After(p, " PID: "), SpanNumbers.TokenAfter(p, " Comm: ", " "));
            return true;
        }
        if (p.StartsWith("Pid: ") && p.Contains(", comm: ", StringComparison.Ordinal))
        {
            TaskHeader(p, SpanNumbers.After(p, "Pid: "), SpanNumbers.TokenAfter(p, ", comm: ", " "));
            return true;
        }
        if (p.StartsWith("RIP: ") || p.StartsWith("IP: ") || p.StartsWith("PC is at ") || p.StartsWith("pc : "))
        {
            Faulting(p);
            return true;
        }
        if (p.StartsWith("Workqueue: "))
        {
            if (_report.Kind is ReportKind.HungTask or ReportKind.BlockedDump)
                _report.Workqueue ??= OpenReport.Cut(p[11..]);
            return true;
        }
        if (_report.Kind == ReportKind.RcuStall && RcuBody(p))
            return true;
        return IsReportFurniture(p);
    }

    private void TaskHeader(ReadOnlySpan<char> p, long pid, ReadOnlySpan<char> comm)
    {
        // The hung task and soft lockup headers already name the task; the CPU: line of a hung-task report is absent,
        // and of a lockup it names the same task.
        if (_report.SawCpuLine || _report.Kind is ReportKind.HungTask or ReportKind.BlockedDump)
            return;
        _report.SawCpuLine = true;
        if (_report.Pid == 0 || _report.Kind != ReportKind.Lockup)
        {
            _report.Pid = pid;
            _report.Comm = comm.ToString();
        }
        var tainted = p.IndexOf("Tainted: ");
        if (tainted >= 0)
        {
            var flags = p[(tainted + 9)..];
            // "Tainted: P           O      5.17.0-1013-oem": flag letters and spaces, then the release.
            var end = 0;
            while (end < flags.Length && (char.IsAsciiLetterUpper(flags[end]) || flags[end] == ' ')) end++;
            _report.Taint = flags[..end].ToString().Replace(" ", "", StringComparison.Ordinal);
        }
    }

    /// <summary>`RIP: 0010:zap_leaf_lookup+0x4d/0x170 [zfs]`, `IP: [&lt;ffffffffc0020f24&gt;] func+0x74/0x150 [mod]`, `PC is at func+0x18/0x64`.</summary>
    private void Faulting(ReadOnlySpan<char> p)
    {
        if (_report.Function is not null)
            return;
        var rest = p[(p.IndexOf(' ') + 1)..];
        if (p.StartsWith("PC is at ")) rest = p[9..];
        var colon = rest.IndexOf(':');
        if (colon is > 0 and <= 5 && rest[..colon].IndexOfAnyExcept("0123456789abcdef") < 0)
            rest = rest[(colon + 1)..]; // "0010:" code segment
        if (FrameLine.Parse(rest, out var function, out var module, out _) == FrameLineKind.Frame)
        {
            _report.Function = function.ToString();
            _report.FunctionModule = module.IsEmpty ? null : module.ToString();
            if (_report.Kind == ReportKind.Crash)
                _report.Function = TraceCollector.Format(function, module);
        }
    }

    private bool RcuBody(ReadOnlySpan<char> p)
    {
        var q = p.StartsWith("rcu:") ? p[4..].TrimStart(" \t") : p;
        if (q.Contains("kthread starved for", StringComparison.Ordinal))
            _report.Starved = true;
        if (_report.Jiffies == 0 && q.Contains(" jiffies", StringComparison.Ordinal))
            _report.Jiffies = SpanNumbers.After(q, "t=");
        // "1-....: (8382 ticks this GP)" / "1-...!: (0 ticks this GP)" / "3-....: (1 GPs behind)": a stalled CPU.
        if (SpanNumbers.TryLeading(q, out var cpu, out var len) && len < q.Length && q[len] == '-'
            && (q.Contains(" ticks this GP", StringComparison.Ordinal) || q.Contains(" GPs behind)", StringComparison.Ordinal)))
        {
            if (_report.Cpus.Length < 64)
                _report.Cpus = _report.Cpus.Length == 0 ? cpu.ToString(System.Globalization.CultureInfo.InvariantCulture) : _report.Cpus + "," + cpu;
            return true;
        }
        if (q.StartsWith("Task dump for CPU "))
        {
            // dump_cpu_task(): sched_show_task() of the task running on that CPU comes next.
            _report.TaskDumpCpu = SpanNumbers.After(q, "CPU ", -1);
            return true;
        }
        return p.StartsWith("rcu:") || q.StartsWith("(detected by") || q.StartsWith("(t=") || q.StartsWith("Sending NMI")
            || q.StartsWith("NMI backtrace");
    }

    private static readonly string[] Furniture =
    [
        "Tainted:", "Not tainted", "\"echo 0 > /proc/sys/kernel/hung_task_timeout_secs", "\"\"echo 0", "Hardware name:",
        "Modules linked in:", "#PF:", "PGD ", "P4D ", "PUD ", "PMD ", "Code:", "RSP:", "RAX:", "RDX:", "RBP:", "R10:", "R13:",
        "FS:", "CS:", "CR2:", "DR0:", "DR3:", "DR6:", "PKRU:", "EFLAGS:", "Stack:", "LR is at", "pc :", "lr :", "sp :",
        "x29:", "x27:", "x25:", "x23:", "x21:", "x19:", "x17:", "x15:", "x13:", "x11:", "x9 :", "x7 :", "x5 :", "x3 :", "x1 :",
        "pstate:", "psr:", "sp ", "r10:", "r7 :", "r3 :", "Flags:", "Control:", "Process ", "irq event stamp:",
        "hardirqs last", "softirqs last", "Kernel Offset:", "Mem-Info:", "Blocked by coredump.", "Exception stack",
        "Future hung task reports are suppressed", "ORIG_RAX:", "RIP: 0033:", "---[ ", "Sending NMI", "NMI backtrace",
        "Showing busy workqueues", "Showing all locks held",
    ];

    /// <summary>Lines every report kind prints between its header and its trace (registers, taint, hardware).</summary>
    private static bool IsReportFurniture(ReadOnlySpan<char> p)
    {
        foreach (var f in Furniture)
            if (p.StartsWith(f))
                return true;
        return IsStackWords(p);
    }

    /// <summary>Raw stack words under old (3.x/4.x x86-64) task lines: "ffff88007a2dd140 0000000000000086 ...".</summary>
    private static bool IsStackWords(ReadOnlySpan<char> p)
    {
        if (p.Length < 8) return false;
        foreach (var c in p)
            if (!(char.IsAsciiHexDigitLower(c) || char.IsAsciiDigit(c) || c == ' '))
                return false;
        return true;
    }
}
