using Analyzer.Families.Linux.Facts;
using Analyzer.Parsing;
using Analyzer.Rules.Facts;
using Analyzer.Text;

namespace Analyzer.Families.Linux.Parsers.Ps;

/// <summary>
/// Reads the rows of one process listing (a ps output or one top -b iteration) with bounded memory: counts by state,
/// D and Z processes grouped by command and wait channel, the first <see cref="MaxStateProcesses"/> D-state processes
/// kept whole, and the <see cref="TopCpu"/> busiest by CPU. Nothing else of a 100,000-line listing is kept but the
/// task ids seen, which tell two samples run together (a lost header) from one.
/// </summary>
internal sealed class ProcessTable(string path, string format, ListingSample sample, ProcessTableHeader header)
{
    public const int MaxStateProcesses = 500;
    public const int TopCpu = 10;
    public const int MaxGroups = 1000;
    public const int PidsPerGroup = 20;

    private readonly Dictionary<(char State, string Comm, string? Wchan), GroupBuilder> _groups = [];
    private readonly List<Process> _kept = [];
    private readonly PriorityQueue<Process, double> _busiest = new();
    private readonly HashSet<long> _taskIds = [];
    private long _lastTaskId = -1;
    private readonly long iteration = sample.Iteration;
    private ThreadParent? _parent;
    private long _processes, _running, _sleeping, _dstate, _zombie, _stopped, _groupOverflow;

    public ProcessTableHeader Header { get; } = header;
    public int Unreadable { get; private set; }
    public long Processes => _processes;

    /// <summary>The first task listed twice (line of its second row), or null: one snapshot lists each task once.</summary>
    public (long TaskId, int Line)? Repeated { get; private set; }

    public void Add(ReadOnlySpan<char> line, int number, Span<Range> ranges, Func<ReadOnlySpan<char>, long?> memoryKb)
    {
        if (!TrySplit(line, ranges, memoryKb, out var row))
        {
            Unreadable++;
            return;
        }
        if (row.State == '-' && !row.ThreadRow)
        {
            // `ps m`: the process row carries the command, its thread rows below carry the states.
            _parent = new ThreadParent(row.Pid, row.Ppid, row.User.ToString(), row.Command.ToString(), row.Args.IsEmpty ? null : row.Args.ToString(), row.RssKb, row.Mem);
            return;
        }
        if (row.ThreadRow)
        {
            if (_parent is null || row.State == '-')
            {
                Unreadable++;
                return;
            }
            row.Pid = _parent.Pid;
            row.Ppid ??= _parent.Ppid;
            row.User = _parent.User;
            row.Command = _parent.Command;
            row.Args = _parent.Args;
            row.RssKb ??= _parent.RssKb;
            row.Mem ??= _parent.Mem;
        }
        // One snapshot lists each task once, apart from the threads of a process listed without their ids (`ps m`,
        // `ps -eL -o pid,...`), which follow each other: a task id that comes back later is a second sample run on.
        if (row.TaskId != _lastTaskId && !_taskIds.Add(row.TaskId)) Repeated ??= (row.TaskId, number);
        _lastTaskId = row.TaskId;
        _processes++;
        switch (row.State)
        {
            case 'R': _running++; break;
            case 'S' or 'I': _sleeping++; break;
            case 'D': _dstate++; break;
            case 'Z': _zombie++; break;
            case 'T' or 't': _stopped++; break;
        }
        var comm = row.State is 'D' or 'Z' ? CommandName.Of(row.Command) : null;
        if (comm is not null)
        {
            var wchan = row.Wchan.IsEmpty ? null : row.Wchan.ToString();
            if (!_groups.TryGetValue((row.State, comm, wchan), out var group))
            {
                if (_groups.Count >= MaxGroups) _groupOverflow++;
                else _groups[(row.State, comm, wchan)] = group = new GroupBuilder(number, Excerpt.Of(line));
            }
            group?.Add(row.TaskId);
        }
        if (row.State == 'D' && _kept.Count < MaxStateProcesses)
        {
            _kept.Add(ToFact(row, comm!, "d-state", line, number));
            return;
        }
        if (row.Cpu is { } cpu && cpu > 0 && (_busiest.Count < TopCpu || _busiest.TryPeek(out _, out var least) && cpu > least))
        {
            _busiest.Enqueue(ToFact(row, comm ?? CommandName.Of(row.Command), "top-cpu", line, number), cpu);
            if (_busiest.Count > TopCpu) _busiest.Dequeue();
        }
    }

    public void Emit(ParseContext context, int snapshotLine, string snapshotExcerpt)
    {
        context.Emit(new ProcessSnapshot
        {
            Provenance = new Provenance(path, snapshotLine, snapshotLine, snapshotExcerpt),
            Path = path,
            Format = format,
            Iteration = iteration,
            Captured = sample.Captured,
            Elapsed = sample.Elapsed,
            Layout = Header.Layout,
            Processes = _processes,
            Running = _running,
            Sleeping = _sleeping,
            DState = _dstate,
            Zombie = _zombie,
            Stopped = _stopped,
            HasState = Header.Has(PsColumn.State),
            HasWchan = Header.Has(PsColumn.Wchan),
            LayoutInferred = Header.Inferred,
        });
        // Another view of the sample before (`ps aux; ps -elf` appended) lists the same tasks: count them once.
        foreach (var ((state, comm, wchan), group) in _groups)
        {
            if (sample.SameMoment) break;
            context.Emit(new ProcessGroup
            {
                Provenance = new Provenance(path, group.Line, group.Line, group.Excerpt),
                Key = $"{path}#{iteration}#{state}#{comm}#{wchan}",
                Path = path,
                Format = format,
                Iteration = iteration,
                State = state.ToString(),
                Comm = comm,
                Wchan = wchan,
                Count = group.Count,
                Pids = group.Pids,
            });
        }
        foreach (var p in _kept) context.Emit(p);
        while (_busiest.TryDequeue(out var p, out _)) context.Emit(p);
        if (_groupOverflow > 0)
            context.Problem(Inventory.InputStatus.Partial, $"{_groupOverflow} D/Z processes beyond {MaxGroups} distinct command/wchan groups were only counted");
    }

    private Process ToFact(in ProcessRow row, string comm, string reason, ReadOnlySpan<char> line, int number) => new()
    {
        Provenance = new Provenance(path, number, number, Excerpt.Of(line)),
        Path = path,
        Format = format,
        Iteration = iteration,
        Captured = sample.Captured,
        Elapsed = sample.Elapsed,
        Pid = row.TaskId,
        Tgid = row.Tid is null ? null : row.Pid,
        Ppid = row.Ppid,
        Comm = comm,
        Args = row.Args.IsEmpty ? null : row.Args.ToString(),
        User = row.User.IsEmpty ? null : row.User.ToString(),
        State = row.State == '\0' ? "?" : row.State.ToString(),
        Stat = row.Stat.IsEmpty ? "?" : row.Stat.ToString(),
        Wchan = row.Wchan.IsEmpty ? null : row.Wchan.ToString(),
        CpuPercent = row.Cpu,
        MemPercent = row.Mem,
        RssKb = row.RssKb,
        Threads = row.Threads,
        Reason = reason,
    };

    private bool TrySplit(ReadOnlySpan<char> line, Span<Range> ranges, Func<ReadOnlySpan<char>, long?> memoryKb, out ProcessRow row)
    {
        row = default;
        var count = Header.Count;
        var flexible = Header.Flexible;
        Span<int> first = stackalloc int[count];
        Span<int> last = stackalloc int[count];
        if (!RowSplitter.Split(Header, line, ranges, first, last)) return false;
        for (var c = 0; c < count; c++)
        {
            if (first[c] > last[c]) continue; // the empty last command
            var value = line[ranges[first[c]].Start.Value..ranges[last[c]].End.Value];
            switch (Header.Columns[c])
            {
                case PsColumn.Pid:
                    if (value is "-") row.ThreadRow = true; // `ps m`: a thread of the process row above
                    else if (!HostNumber.TryLong(value, out row.Pid)) return false;
                    break;
                case PsColumn.Tid: row.Tid = HostNumber.Long(value); break;
                case PsColumn.Ppid: row.Ppid = HostNumber.Long(value); break;
                case PsColumn.User: row.User = value; break;
                case PsColumn.State:
                    row.Stat = value;
                    row.State = value.IsEmpty ? '\0' : value[0];
                    break;
                case PsColumn.Wchan: row.Wchan = value; break;
                case PsColumn.Cpu: row.Cpu = HostNumber.Double(value); break;
                case PsColumn.Mem: row.Mem = HostNumber.Double(value); break;
                case PsColumn.Rss: row.RssKb = memoryKb(value); break;
                case PsColumn.Threads: row.Threads = HostNumber.Long(value); break;
                case PsColumn.Command:
                    if (c == Header.CommandIndex || row.Command.IsEmpty) row.Command = value;
                    if (c == flexible && value.IndexOfAny(' ', '/') >= 0) row.Args = value;
                    break;
            }
        }
        // `ps m` prints a process row with STAT `-` (its threads follow with their states).
        return row.State is '\0' or '-' || char.IsAsciiLetter(row.State);
    }

    private sealed record ThreadParent(long Pid, long? Ppid, string User, string Command, string? Args, long? RssKb, double? Mem);

    private sealed class GroupBuilder(int line, string excerpt)
    {
        private readonly List<long> _pids = [];

        public int Line { get; } = line;
        public string Excerpt { get; } = excerpt;
        public long Count { get; private set; }
        public IReadOnlyList<long> Pids => _pids;

        public void Add(long pid)
        {
            Count++;
            // Threads of one process listed by `ps m` share its pid: name it once.
            if (_pids.Count < PidsPerGroup && (_pids.Count == 0 || _pids[^1] != pid)) _pids.Add(pid);
        }
    }
}
