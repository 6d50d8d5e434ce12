namespace Analyzer.Families.Linux.Parsers.KernelLog;

internal sealed partial class KernelLogMachine
{
    /// <summary>Starts (or, for the second line of a two-line opening, completes) a report; false if no header.</summary>
    private bool TryHeader(ReadOnlySpan<char> p, int number, ReadOnlySpan<char> time)
    {
        switch (p[0])
        {
            case 'I':
                if (p.StartsWith("INFO: task "))
                    return HungTaskHeader(p, number, time);
                if (p.StartsWith("INFO: rcu_"))
                    return RcuHeader(p, p[6..], number, time);
                if (p.StartsWith("Internal error: Oops"))
                    return OopsLine(p, number, time);
                break;
            case 'r':
                if (p.StartsWith("rcu: INFO: rcu_"))
                    return RcuHeader(p, p[11..], number, time);
                break;
            case 'K':
                if (p.StartsWith("Kernel panic - not syncing"))
                {
                    PanicHeader(p, number, time);
                    return true;
                }
                break;
            case '-':
                if (p.StartsWith("---[ end "))
                {
                    if (_report.IsOpen)
                        _report.EndLine = number;
                    CloseReport();
                    return true;
                }
                break;
            case 'w':
            case 'N':
            case 'B':
            case 'W':
                return WatchdogOrBug(p, number, time);
            case 'U':
                if (p.StartsWith("Unable to handle kernel NULL pointer dereference"))
                    return Crash("null-deref", p, number, time, address: SpanNumbers.TokenAfter(p, "virtual address ", " "));
                if (p.StartsWith("Unable to handle kernel paging request"))
                    return Crash("page-fault", p, number, time, address: SpanNumbers.TokenAfter(p, "virtual address ", " "));
                break;
            case 'k':
                if (p.StartsWith("kernel BUG at "))
                {
                    Crash("bug-at", p, number, time);
                    _report.Location = p[14..].TrimEnd('!').ToString();
                    return true;
                }
                break;
            case 'g':
                if (p.StartsWith("general protection fault"))
                    return Crash("gpf", p, number, time, oops: true);
                break;
            case 'i':
                if (p.StartsWith("invalid opcode: "))
                {
                    if (_report.Kind == ReportKind.Crash && !_report.SawOops)
                    {
                        _report.SawOops = true; // second line of "kernel BUG at ...!"
                        _report.EndLine = number;
                        return true;
                    }
                    return Crash("invalid-opcode", p, number, time, oops: true);
                }
                break;
            case 'O':
                if (p.StartsWith("Oops: "))
                    return OopsLine(p, number, time);
                break;
            case 'V':
                if (p.StartsWith("VERIFY") && p.Contains(") failed", StringComparison.Ordinal))
                    return VerifyHeader(p, number, time);
                break;
            case 'P':
                if (p.StartsWith("PANIC at "))
                    return ZfsLocation(p[9..], "PANIC", p, number, time, pid: 0);
                if (p.StartsWith("PANIC: "))
                    return SplPanicMessage(p, number, time);
                break;
            case 'S':
                if (p.StartsWith("SPLError: "))
                    return SplError(p, number, time);
                if (p.StartsWith("Showing stack for process ") || p.StartsWith("SPL: Showing stack for process "))
                {
                    if (_report.Kind == ReportKind.Zfs && _report.Pid == 0)
                        _report.Pid = SpanNumbers.After(p, "process ");
                    if (_report.IsOpen) _report.EndLine = number;
                    return _report.IsOpen;
                }
                if (p.StartsWith("SysRq : Show Blocked State"))
                    return BlockedStateDump();
                break;
            case 's':
                if (p.StartsWith("sysrq: Show Blocked State"))
                    return BlockedStateDump();
                break;
        }
        return false;
    }

    private bool BlockedStateDump()
    {
        CloseReport();
        _blockedDump = true;
        return true;
    }

    private bool HungTaskHeader(ReadOnlySpan<char> p, int number, ReadOnlySpan<char> time)
    {
        var blocked = p.IndexOf(" blocked for more than ");
        if (blocked > 11)
        {
            var who = p[11..blocked];
            var colon = who.LastIndexOf(':'); // comm may itself contain ':' (kworker/u8:0:5)
            if (colon <= 0 || !SpanNumbers.TryLeading(who[(colon + 1)..], out var pid, out _))
                return false;
            Begin(ReportKind.HungTask, p, number, time);
            _report.Comm = who[..colon].ToString();
            _report.Pid = pid;
            _report.Blocked = Seconds(SpanNumbers.After(p, " blocked for more than "), number, "a hung-task time");
            _blockedDump = false;
            return true;
        }
        // CONFIG_DETECT_HUNG_TASK_BLOCKER: "INFO: task X:1 is blocked on a mutex likely owned by task Y:2."
        if (p.Contains(" is blocked on a", StringComparison.Ordinal) && _report.Kind == ReportKind.HungTask && _report.BlockedOn is null)
        {
            _report.BlockedOn = OpenReport.Cut(p[6..]);
            _report.EndLine = number;
            return true;
        }
        return false;
    }

    private bool RcuHeader(ReadOnlySpan<char> p, ReadOnlySpan<char> rest, int number, ReadOnlySpan<char> time)
    {
        // rest: "rcu_sched self-detected stall on CPU" / "rcu_preempt detected stalls on CPUs/tasks:" / "rcu_sched_state detected stall on CPU 0 (t=...)"
        var sp = rest.IndexOf(' ');
        if (sp <= 0 || !rest.Contains("stall", StringComparison.Ordinal))
            return false;
        var flavor = rest[..sp];
        if (flavor.EndsWith("_state")) flavor = flavor[..^6];
        Begin(ReportKind.RcuStall, p, number, time);
        _report.Message = flavor.ToString();
        _report.SubKind = rest.Contains("self-detected", StringComparison.Ordinal) ? "self-detected"
            : rest.Contains("expedited", StringComparison.Ordinal) ? "expedited" : "detected";
        _report.Jiffies = SpanNumbers.After(p, "t=");
        var open = rest.IndexOf('{');
        var close = rest.IndexOf('}');
        if (open >= 0 && close > open)
            _report.Cpus = rest[(open + 1)..close].Trim(' ').ToString().Replace(' ', ',');
        else if (rest.Contains("stall on CPU ", StringComparison.Ordinal) && SpanNumbers.TryLeading(rest[(rest.IndexOf("stall on CPU ") + 13)..], out var cpu, out _))
            _report.Cpus = cpu.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return true;
    }

    /// <summary>
    /// `Kernel panic - not syncing: REASON`. A lockup panic is also that lockup, unless it is the short
    /// `softlockup: hung tasks` / `Hard LOCKUP` the watchdog prints right after its own lockup report (softlockup_panic,
    /// hardlockup_panic): then the lockup was already counted. The old `Watchdog detected hard LOCKUP on cpu N` panic
    /// is the report itself (3.x panicked instead of warning).
    /// </summary>
    private void PanicHeader(ReadOnlySpan<char> p, int number, ReadOnlySpan<char> time)
    {
        var colon = p.IndexOf(": ");
        var reason = colon >= 0 ? p[(colon + 2)..].Trim() : default;
        var sub = reason.Contains("hard LOCKUP", StringComparison.OrdinalIgnoreCase) ? "hard"
            : reason.StartsWith("softlockup") ? "soft" : "";
        var followsItsLockup = sub.Length > 0 && !reason.Contains(" on cpu ", StringComparison.OrdinalIgnoreCase)
            && (_report.IsOpen ? _report.Kind == ReportKind.Lockup && _report.SubKind == sub
                : _lastClosed == ReportKind.Lockup && _lastClosedSubKind == sub);
        Begin(ReportKind.Panic, p, number, time);
        _report.Message = reason.ToString();
        _report.SubKind = sub;
        _report.LockupAlreadyReported = followsItsLockup;
        if (sub == "hard")
            _report.Cpu = SpanNumbers.After(reason, "on cpu ", -1);
    }

    private bool WatchdogOrBug(ReadOnlySpan<char> p, int number, ReadOnlySpan<char> time)
    {
        var q = p;
        if (q.StartsWith("watchdog: ")) q = q[10..];
        else if (q.StartsWith("NMI watchdog: ")) q = q[14..];
        if (q.StartsWith("BUG: soft lockup"))
        {
            Begin(ReportKind.Lockup, p, number, time);
            _report.SubKind = "soft";
            _report.Cpu = SpanNumbers.After(q, "CPU#", -1);
            _report.Stuck = Seconds(SpanNumbers.After(q, " stuck for "), number, "a soft-lockup time");
            var open = q.LastIndexOf('[');
            var close = q.LastIndexOf(']');
            if (open >= 0 && close > open)
            {
                var who = q[(open + 1)..close];
                var colon = who.LastIndexOf(':');
                if (colon > 0 && SpanNumbers.TryLeading(who[(colon + 1)..], out var pid, out _))
                {
                    _report.Comm = who[..colon].ToString();
                    _report.Pid = pid;
                }
            }
            return true;
        }
        if (q.Contains("detected hard LOCKUP on cpu", StringComparison.Ordinal)
            || (q.StartsWith("Watchdog CPU:") && q.Contains("Hard LOCKUP", StringComparison.Ordinal)))
        {
            Begin(ReportKind.Lockup, p, number, time);
            _report.SubKind = "hard";
            _report.Cpu = q.StartsWith("Watchdog CPU:") ? SpanNumbers.After(q, "CPU:", -1) : SpanNumbers.After(q, "on cpu ", -1);
            return true;
        }
        if (p.StartsWith("BUG: kernel NULL pointer dereference"))
            return Crash("null-deref", p, number, time, address: SpanNumbers.TokenAfter(p, "address: ", " "));
        if (p.StartsWith("BUG: unable to handle kernel NULL pointer dereference"))
            return Crash("null-deref", p, number, time, address: p[(p.IndexOf(" at ") + 4)..].Trim(' '));
        if (p.StartsWith("BUG: unable to handle page fault for address"))
            return Crash("page-fault", p, number, time, address: SpanNumbers.TokenAfter(p, "address: ", " "));
        if (p.StartsWith("BUG: unable to handle kernel paging request"))
            return Crash("page-fault", p, number, time, address: SpanNumbers.TokenAfter(p, " at ", " "));
        if (p.StartsWith("BUG: "))
            return Crash("bug", p, number, time);
        if (p.StartsWith("WARNING: CPU: ") || p.StartsWith("WARNING: at "))
        {
            Crash("warning", p, number, time);
            _report.Pid = SpanNumbers.After(p, "PID: ");
            var at = SpanNumbers.TokenAfter(p, " at ", " ");
            _report.Location = at.IsEmpty ? null : at.ToString();
            return true;
        }
        return false;
    }

    private bool Crash(string kind, ReadOnlySpan<char> p, int number, ReadOnlySpan<char> time, ReadOnlySpan<char> address = default, bool oops = false)
    {
        Begin(ReportKind.Crash, p, number, time);
        _report.SubKind = kind;
        _report.Message = OpenReport.Cut(p);
        _report.Address = address.IsEmpty ? null : address.ToString();
        _report.SawOops = oops;
        return true;
    }

    /// <summary>`Oops: 0000 [#1] SMP`: the second line of a BUG: report, or a report of its own.</summary>
    private bool OopsLine(ReadOnlySpan<char> p, int number, ReadOnlySpan<char> time)
    {
        if (_report.Kind == ReportKind.Crash && !_report.SawOops && _report.SubKind != "warning")
        {
            _report.SawOops = true;
            _report.EndLine = number;
            return true;
        }
        var kind = p.Contains("general protection fault", StringComparison.Ordinal) ? "gpf" : "oops";
        return Crash(kind, p, number, time, oops: true);
    }

    private bool VerifyHeader(ReadOnlySpan<char> p, int number, ReadOnlySpan<char> time)
    {
        var open = p.IndexOf('(');
        var failed = p.IndexOf(") failed");
        if (open <= 0 || failed < open)
            return false;
        Begin(ReportKind.Zfs, p, number, time);
        _report.SubKind = p[..open].ToString();
        _report.Expression = p[(open + 1)..failed].ToString();
        var after = p[(failed + 8)..].Trim(' ');
        if (after.Length > 1 && after[0] == '(' && after.LastIndexOf(')') > 0)
            _report.Values = after[1..after.LastIndexOf(')')].ToString();
        else if (!after.IsEmpty)
            _report.Values = OpenReport.Cut(after);
        return true;
    }

    /// <summary>`file:line:func()` of `PANIC at` or `SPLError:`: completes an open VERIFY report or starts one.</summary>
    private bool ZfsLocation(ReadOnlySpan<char> loc, string kind, ReadOnlySpan<char> p, int number, ReadOnlySpan<char> time, long pid)
    {
        if (_report.Kind != ReportKind.Zfs || _report.File is not null)
        {
            Begin(ReportKind.Zfs, p, number, time);
            _report.SubKind = kind;
        }
        _report.EndLine = number;
        var first = loc.IndexOf(':');
        var second = first >= 0 ? loc[(first + 1)..].IndexOf(':') : -1;
        if (first > 0 && second > 0)
        {
            _report.File = loc[..first].ToString();
            SpanNumbers.TryLeading(loc[(first + 1)..], out var line, out _);
            _report.SourceLine = line;
            var func = loc[(first + second + 2)..];
            var paren = func.IndexOf('(');
            _report.Function = (paren > 0 ? func[..paren] : func).ToString();
        }
        if (pid > 0 && _report.Pid == 0)
            _report.Pid = pid;
        return true;
    }

    /// <summary>
    /// SPL's `vcmn_err(CE_PANIC)` line, `PANIC: MESSAGE` (zfs_panic_recover: `zfs: adding existent segment to range
    /// tree (offset=... size=...)`, `zfs: allocating allocated segment...`, `blkptr at ... has invalid ...`, `zfs:
    /// accessing past end of object ...`): the thread halts like after a VERIFY. x86's own `PANIC: early exception`
    /// and `PANIC: double fault` are not SPL's.
    /// </summary>
    private bool SplPanicMessage(ReadOnlySpan<char> p, int number, ReadOnlySpan<char> time)
    {
        var message = p[7..].Trim(' ');
        if (message.IsEmpty || message.StartsWith("early exception") || message.StartsWith("double fault"))
            return false;
        Begin(ReportKind.Zfs, p, number, time);
        _report.SubKind = "PANIC";
        _report.Message = OpenReport.Cut(message);
        return true;
    }

    // "SPLError: 23061:0:(zfs_znode.c:432:zfs_znode_alloc()) SPL PANIC"
    private bool SplError(ReadOnlySpan<char> p, int number, ReadOnlySpan<char> time)
    {
        var open = p.IndexOf(":(");
        if (open < 0)
            return false;
        SpanNumbers.TryLeading(p[10..], out var pid, out _);
        return ZfsLocation(p[(open + 2)..], "SPLError", p, number, time, pid);
    }
}
