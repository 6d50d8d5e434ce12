using Analyzer.Rules.Facts;

namespace Analyzer.Families.Linux.Parsers.KernelLog;

/// <summary>
/// The line state machine of the kernel-log parser. Per line, after the transport prefix is stripped:
/// <list type="number">
/// <item>other programs' syslog lines are ignored (they interleave without ending a report);</item>
/// <item>one-line events are counted, never kept: Lustre/LNet console messages, block/ATA/SCSI errors;</item>
/// <item>OOM-killer lines go to their own scratch (its dump is long and other reports interleave with it);</item>
/// <item>a report header (hung task, lockup, RCU stall, Oops/BUG/GPF/WARNING, panic, ZFS VERIFY/PANIC) ends the
/// open report and starts a new one;</item>
/// <item>any other line continues the open report (task line, CPU:/RIP: lines, call trace); a run of
/// <see cref="MaxUnrelated"/> lines that belong to no report ends it, so a report never swallows the log.</item>
/// </list>
/// Memory: one open report, one OOM scratch, two bounded aggregators.
/// </summary>
internal sealed partial class KernelLogMachine(string path, Action<IFact> emit)
{
    public const int MaxReports = 2000;
    private const int MaxUnrelated = 12;

    private OpenReport _report = new();
    private readonly OomReport _oom = new();
    private readonly BlockErrorAggregator _block = new();
    private readonly LustreAggregator _lustre = new();
    private bool _blockedDump; // after "sysrq: Show Blocked State": old-layout D task lines start reports
    private ReportKind _lastClosed; // the report closed last, for a panic that ends it
    private string _lastClosedSubKind = "";

    public long KernelLines { get; private set; }

    /// <summary>Syslog/journal lines that another program wrote (the log is a system log, just not the kernel's part).</summary>
    public long OtherProgramLines { get; private set; }
    public long ReportsKept { get; private set; }
    public long ReportsDropped { get; private set; }
    public long AggregateOverflow => _block.Overflow + _lustre.Overflow;

    public void Feed(ReadOnlySpan<char> line, int number)
    {
        var origin = KernelLinePrefix.Strip(line, out var p, out var time);
        if (origin == LineOrigin.OtherProgram)
            OtherProgramLines++;
        if (origin == LineOrigin.OtherProgram || p.IsEmpty)
            return;
        if (origin == LineOrigin.Kernel)
            KernelLines++;

        if (LustreConsoleLine.IsLustre(p))
        {
            _lustre.Feed(p, number);
            if (LustreConsoleLine.IsAssertion(p))
                LustreAssertion(p, number, time);
            return;
        }
        if (BlockErrorLine.TryParse(p, out var device, out var kind, out var sector))
        {
            _block.Add(device, kind, sector, number, p);
            return;
        }
        if (_oom.IsOomLine(p))
        {
            // The OOM header's own dump_stack follows: it must not extend a report that was open before.
            if (OomReport.IsInvokedLine(p))
                CloseReport();
            if (_oom.Feed(p, number, time, path) is { } kill)
                Emit(kill);
            return;
        }
        if (_oom.IsUnfinished && IsOomPanic(p) && _oom.Unfinished(path, cut: false) is { } noVictim)
            Emit(noVictim);
        if (TryHeader(p, number, time))
            return;
        if (_report.IsOpen)
            Continue(p, number);
        else
            Orphan(p, number, time);
    }

    public void Finish()
    {
        CloseReport();
        if (_oom.Finish(path) is { } kill)
            Emit(kill);
        foreach (var fact in _block.ToFacts(path))
            emit(fact);
        foreach (var fact in _lustre.ToFacts(path))
            emit(fact);
    }

    private void Begin(ReportKind kind, ReadOnlySpan<char> p, int number, ReadOnlySpan<char> time)
    {
        CloseReport();
        _report = new OpenReport(kind, number, p, time, _report.Trace);
    }

    private void CloseReport()
    {
        if (!_report.IsOpen)
            return;
        _lastClosed = _report.Kind;
        _lastClosedSubKind = _report.SubKind;
        if (ReportsKept >= MaxReports)
            ReportsDropped++;
        else
        {
            ReportsKept++;
            foreach (var fact in _report.ToFacts(path))
                emit(fact);
        }
        _report.Close();
    }

    private void Emit(IFact fact)
    {
        if (ReportsKept >= MaxReports)
        {
            ReportsDropped++;
            return;
        }
        ReportsKept++;
        emit(fact);
    }

    /// <summary>What the reader should tell about its input (cut OOM reports, unreadable sizes).</summary>
    public IReadOnlyList<string> Notes => _durationNotes.Count == 0 ? _oom.Notes : [.. _oom.Notes, .. _durationNotes];

    private readonly List<string> _durationNotes = [];

    /// <summary>
    /// A duration the kernel printed in seconds. A damaged line can carry up to 18 digits, more than a TimeSpan
    /// holds: such a value is kept at the longest duration there is and the input says which line it came from.
    /// </summary>
    private TimeSpan Seconds(long seconds, int line, string what)
    {
        if (seconds <= MaxSeconds)
            return TimeSpan.FromSeconds(seconds);
        if (_durationNotes.Count < 10)
            _durationNotes.Add($"line {line}: {what} of {seconds} seconds is longer than any real duration (a damaged line?); kept as the longest duration there is");
        return TimeSpan.FromSeconds(MaxSeconds);
    }

    private const long MaxSeconds = 900_000_000_000; // TimeSpan.MaxValue is about 922 337 203 685 seconds

    /// <summary>panic_on_oom or nothing left to kill: the OOM report ends in this panic, not in a kill line.</summary>
    private static bool IsOomPanic(ReadOnlySpan<char> p) =>
        p.StartsWith("Kernel panic - not syncing") && (p.Contains("ut of memory", StringComparison.Ordinal)
            || p.Contains("deadlocked on memory", StringComparison.Ordinal));

    /// <summary>
    /// A Lustre `ASSERTION( cond ) failed:` or `LBUG` (libcfs): like spl_panic, the thread then sleeps forever, so it
    /// is a kernel crash report; the `Pid: N, comm: X` line and call trace that follow fill it.
    /// </summary>
    private void LustreAssertion(ReadOnlySpan<char> p, int number, ReadOnlySpan<char> time)
    {
        if (_report.Kind == ReportKind.Crash && _report.SubKind == "lustre-lbug")
        {
            _report.EndLine = number; // the LBUG line after its ASSERTION line
            return;
        }
        Begin(ReportKind.Crash, p, number, time);
        _report.SubKind = "lustre-lbug";
        _report.Message = OpenReport.Cut(p);
        _report.SawOops = true;
    }

    /// <summary>A line while no report is open: only a D-state task line (sysrq-w dump, or a report cut above).</summary>
    private void Orphan(ReadOnlySpan<char> p, int number, ReadOnlySpan<char> time)
    {
        if (!TaskLine.IsKeyValue(p) && !_blockedDump)
            return;
        if (TaskLine.TryParse(p) is { State: 'D' } task)
        {
            Begin(ReportKind.BlockedDump, p, number, time);
            FillTask(task, fromHeader: false);
        }
    }

    private void FillTask(TaskLine.Parsed task, bool fromHeader)
    {
        _report.State = task.State;
        _report.Ppid = task.Ppid;
        _report.Layout = task.Layout;
        if (!fromHeader)
        {
            _report.Pid = task.Pid;
            _report.Comm = task.Comm;
        }
    }
}
