using Analyzer.Families.Linux.Facts;
using Analyzer.Rules.Facts;

namespace Analyzer.Families.Linux.Parsers.KernelLog;

/// <summary>
/// Scratch for the one multi-line report being read (a new one per report, so the property initialisers are the only
/// defaults): the fields every report kind may fill, its call trace and its line span. Turned into facts when it ends.
/// </summary>
internal sealed class OpenReport
{
    public ReportKind Kind { get; private set; }
    public int StartLine { get; }
    public int EndLine { get; set; }
    public string Excerpt { get; } = "";
    public string? Time { get; }
    public TraceCollector Trace { get; }
    public bool InTrace { get; set; }
    public int UnrelatedRun { get; set; }

    // Task named by the report (header, CPU:/Pid: line or Showing stack for process N).
    public long Pid { get; set; }
    public string Comm { get; set; } = "";
    public bool SawCpuLine { get; set; }
    public string Taint { get; set; } = "";
    public string? Function { get; set; }
    public string? FunctionModule { get; set; }

    // Hung task.
    public TimeSpan Blocked { get; set; }
    public char State { get; set; }
    public long Ppid { get; set; }
    public string Layout { get; set; } = "none";
    public string? Workqueue { get; set; }
    public string? BlockedOn { get; set; }

    // Crash / panic / lockup / RCU / ZFS specifics.
    public string SubKind { get; set; } = "";
    public string Message { get; set; } = "";
    public string? Address { get; set; }
    public string? Location { get; set; }
    public bool SawOops { get; set; }
    public bool LockupAlreadyReported { get; set; } // a lockup panic right after its lockup report
    public long Cpu { get; set; } = -1;
    public TimeSpan Stuck { get; set; }
    public long Jiffies { get; set; }
    public string Cpus { get; set; } = "";
    public bool Starved { get; set; }
    public long TaskDumpCpu { get; set; } = -1; // after "Task dump for CPU N:", waiting for its task line
    private List<string>? _rcuTasks;
    public string Expression { get; set; } = "";
    public string? Values { get; set; }
    public string? File { get; set; }
    public long SourceLine { get; set; }

    public bool IsOpen => Kind != ReportKind.None;

    /// <summary>No report open yet.</summary>
    public OpenReport() => Trace = new TraceCollector();

    /// <summary>A report just begun, every field at its default; takes over the trace buffers of the previous one.</summary>
    public OpenReport(ReportKind kind, int line, ReadOnlySpan<char> payload, ReadOnlySpan<char> time, TraceCollector trace)
    {
        Kind = kind;
        StartLine = EndLine = line;
        Excerpt = Cut(payload);
        Time = time.IsEmpty ? null : time.ToString();
        Trace = trace;
        Trace.Clear();
    }

    public void Close() => Kind = ReportKind.None;

    /// <summary>The task an RCU stall's `Task dump for CPU N:` names; the first one also fills Pid/Comm.</summary>
    public void AddRcuTask(TaskLine.Parsed task, long cpu)
    {
        if (Pid == 0 && Comm.Length == 0)
        {
            Pid = task.Pid;
            Comm = task.Comm;
        }
        _rcuTasks ??= [];
        if (_rcuTasks.Count < 16)
            _rcuTasks.Add($"{task.Comm} (pid {task.Pid}, state {task.State}) on CPU {cpu}");
    }

    /// <summary>The facts of the finished report (a lockup panic with no lockup report before it is also that lockup).</summary>
    public IEnumerable<IFact> ToFacts(string path)
    {
        var provenance = new Provenance(path, StartLine, EndLine, Excerpt);
        var frames = Trace.Frames();
        var top = Trace.TopFrames();
        switch (Kind)
        {
            case ReportKind.HungTask:
            case ReportKind.BlockedDump:
                yield return new KernelHungTask
                {
                    Provenance = provenance,
                    Key = $"{path}:{StartLine}",
                    Kind = Kind == ReportKind.HungTask ? "hung-task" : "blocked-dump",
                    Pid = Pid,
                    Comm = Comm,
                    Blocked = Blocked,
                    State = State == '\0' ? "" : State.ToString(),
                    Ppid = Ppid,
                    Workqueue = Workqueue,
                    BlockedOn = BlockedOn,
                    TaskLineLayout = Layout,
                    Frames = frames,
                    TopFrames = top,
                    Modules = Trace.Modules(),
                    Time = Time,
                };
                break;
            case ReportKind.Crash:
                yield return new KernelCrash
                {
                    Provenance = provenance,
                    Kind = SubKind,
                    Message = Message,
                    Address = Address,
                    Location = Location,
                    Pid = Pid,
                    Comm = Comm,
                    Function = Function,
                    Module = FunctionModule ?? Trace.FirstModule,
                    Taint = Taint,
                    Frames = frames,
                    TopFrames = top,
                    Time = Time,
                };
                break;
            case ReportKind.Panic:
                yield return new KernelPanic
                {
                    Provenance = provenance, Reason = Message, Pid = Pid, Comm = Comm, Frames = frames, TopFrames = top, Time = Time,
                };
                if (SubKind.Length > 0 && !LockupAlreadyReported)
                    yield return Lockup(provenance, frames, top);
                break;
            case ReportKind.Lockup:
                yield return Lockup(provenance, frames, top);
                break;
            case ReportKind.RcuStall:
                yield return new KernelRcuStall
                {
                    Provenance = provenance,
                    Flavor = Message,
                    Kind = SubKind,
                    Jiffies = Jiffies,
                    Cpus = Cpus,
                    KthreadStarved = Starved,
                    Pid = Pid,
                    Comm = Comm,
                    Tasks = _rcuTasks?.ToArray() ?? [],
                    Frames = frames,
                    TopFrames = top,
                    Time = Time,
                };
                break;
            case ReportKind.Zfs:
                yield return new ZfsAssertion
                {
                    Provenance = provenance,
                    Kind = SubKind,
                    Expression = Expression,
                    Values = Values,
                    Message = Message.Length > 0 ? Message : null,
                    File = File,
                    Line = SourceLine,
                    Function = Function,
                    Pid = Pid,
                    Comm = Comm,
                    Frames = frames,
                    TopFrames = top,
                    Time = Time,
                };
                break;
        }
    }

    private KernelLockup Lockup(Provenance provenance, IReadOnlyList<string> frames, string top) => new()
    {
        Provenance = provenance,
        Kind = Kind == ReportKind.Panic ? SubKind : SubKind.Length > 0 ? SubKind : "soft",
        Cpu = Cpu,
        Stuck = Stuck,
        Pid = Pid,
        Comm = Comm,
        Function = Function,
        Frames = frames,
        TopFrames = top,
        Time = Time,
    };

    public static string Cut(ReadOnlySpan<char> s) => (s.Length > 300 ? s[..300] : s).ToString();
}
