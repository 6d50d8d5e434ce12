using Analyzer.Families.Lustre.Facts;
namespace Analyzer.Families.Lustre.Parsers.Ftrace;

/// <summary>
/// Open function_graph calls per stream (a pid in trace-cmd output and with funcgraph-proc, else a CPU): entries
/// push, exits pop and time the call. Depth and stream count are capped so a broken trace cannot grow them.
/// </summary>
internal sealed class GraphStacks(FunctionStats stats)
{
    private const int MaxDepth = 128;
    private const int MaxStreams = 65_536;

    private readonly Dictionary<long, Stack<string>> _stacks = [];

    /// <summary>Exits without a matching entry (the call began before the trace did).</summary>
    public long UnmatchedExits { get; private set; }

    public void Entry(long stream, ReadOnlySpan<char> name)
    {
        var stack = Stack(stream);
        if (stack is null || stack.Count >= MaxDepth) return;
        var interned = stats.Intern(name);
        if (interned is not null) stack.Push(interned);
    }

    public void Exit(long stream, ReadOnlySpan<char> tailName, long? nanos, int line, ReadOnlySpan<char> rawLine, ReadOnlySpan<char> comm, long? pid, long cpu)
    {
        var stack = Stack(stream);
        if (stack is { Count: > 0 })
        {
            stats.Call(stack.Pop(), nanos, line, rawLine, comm, pid, cpu);
            return;
        }
        if (!tailName.IsEmpty) stats.Call(tailName, nanos, line, rawLine, comm, pid, cpu); // funcgraph-tail names it
        else UnmatchedExits++;
    }

    /// <summary>The innermost open call that is not the scheduler itself: where a task was when it went to sleep.</summary>
    public string Waiting(long stream)
    {
        if (!_stacks.TryGetValue(stream, out var stack)) return "";
        foreach (var name in stack)
            if (!IsScheduler(name)) return name;
        return "";
    }

    private static bool IsScheduler(string name) =>
        name.StartsWith("schedule", StringComparison.Ordinal) || name.StartsWith("__schedule", StringComparison.Ordinal)
        || name.StartsWith("io_schedule", StringComparison.Ordinal) || name.StartsWith("preempt_schedule", StringComparison.Ordinal)
        || name.StartsWith("rcu_note_context_switch", StringComparison.Ordinal) || name.StartsWith("finish_task_switch", StringComparison.Ordinal)
        || name.StartsWith("psi_", StringComparison.Ordinal) || name.StartsWith("dequeue_task", StringComparison.Ordinal)
        || name.StartsWith("pick_next_task", StringComparison.Ordinal) || name.StartsWith("_raw_spin", StringComparison.Ordinal);

    private Stack<string>? Stack(long stream)
    {
        if (_stacks.TryGetValue(stream, out var stack)) return stack;
        if (_stacks.Count >= MaxStreams) return null;
        stack = new Stack<string>();
        _stacks.Add(stream, stack);
        return stack;
    }
}
