using Analyzer.Families.Linux.Facts;
using Analyzer.Families.Lustre.Facts;
using Analyzer.Rules.Facts;

namespace Analyzer.Families.Lustre.Parsers.Ftrace;

/// <summary>
/// Uninterruptible sleeps per task: opened by a sched_switch away with a D prev_state, closed by the task's
/// sched_waking/sched_wakeup or its next switch in. Bounded in tasks and in open sleeps.
/// </summary>
internal sealed class SleepTracker
{
    private const int MaxTasks = 4096;
    private const int MaxOpen = 65_536;

    private readonly Dictionary<long, Open> _open = [];
    private readonly Dictionary<long, Task> _tasks = [];

    public long Untracked { get; private set; }

    public void SwitchedOut(long pid, ReadOnlySpan<char> comm, ReadOnlySpan<char> state, long nanos, int line, ReadOnlySpan<char> rawLine, string function)
    {
        if (pid == 0 || state.IsEmpty || state[0] != 'D') return;
        if (_open.Count >= MaxOpen && !_open.ContainsKey(pid))
        {
            Untracked++;
            return;
        }
        _open[pid] = new Open(comm.ToString(), state.ToString(), nanos, line, LustreDebug.Excerpt.Of(rawLine.Trim()), function);
    }

    /// <summary>A wakeup or a switch in ends the task's open sleep, if it has one.</summary>
    public void Woken(long pid, long nanos)
    {
        if (!_open.Remove(pid, out var open)) return;
        Close(pid, open, Math.Max(0, nanos - open.Nanos), unfinished: false);
    }

    /// <summary>Sleeps still open when the trace ends last at least until its final timestamp.</summary>
    public void Finish(long lastNanos)
    {
        foreach (var (pid, open) in _open.OrderBy(o => o.Value.Line))
            Close(pid, open, Math.Max(0, lastNanos - open.Nanos), unfinished: true);
        _open.Clear();
    }

    private void Close(long pid, Open open, long length, bool unfinished)
    {
        if (!_tasks.TryGetValue(pid, out var task))
        {
            if (_tasks.Count >= MaxTasks)
            {
                Untracked++;
                return;
            }
            _tasks[pid] = task = new Task { Comm = open.Comm };
        }
        task.Sleeps++;
        task.Total += length;
        if (task.Longest is null || length > task.Max)
        {
            task.Max = length;
            task.Longest = open;
            task.Unfinished = unfinished;
        }
    }

    public IEnumerable<FtraceSleep> Facts(string path) =>
        _tasks
            .OrderByDescending(t => t.Value.Max)
            .ThenBy(t => t.Key)
            .Select(t => new FtraceSleep
            {
                Provenance = new Provenance(path, t.Value.Longest!.Line, null, t.Value.Longest.Excerpt),
                Path = path,
                Comm = t.Value.Comm,
                Pid = t.Key,
                State = t.Value.Longest.State,
                Sleeps = t.Value.Sleeps,
                Total = TimeSpan.FromTicks(t.Value.Total / 100),
                Max = TimeSpan.FromTicks(t.Value.Max / 100),
                Unfinished = t.Value.Unfinished,
                Function = t.Value.Longest.Function,
            });

    private sealed record Open(string Comm, string State, long Nanos, int Line, string Excerpt, string Function);

    private sealed class Task
    {
        public required string Comm { get; init; }
        public long Sleeps { get; set; }
        public long Total { get; set; }
        public long Max { get; set; }
        public Open? Longest { get; set; }
        public bool Unfinished { get; set; }
    }
}
