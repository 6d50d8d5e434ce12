using Analyzer.Families.Linux.Facts;
using Analyzer.Families.Lustre.Facts;
using Analyzer.Inventory;
using Analyzer.Parsing;
using Analyzer.Rules.Facts;

namespace Analyzer.Families.Lustre.Parsers.Ftrace;

/// <summary>
/// The per-line state of one trace capture: header, event lines, function_graph lines (raw or trace-cmd's
/// funcgraph_entry/exit), latency-format lines. Keeps counters and bounded tables, never the lines.
/// </summary>
internal sealed class TraceReader
{
    private readonly string _path;
    private readonly FunctionStats _functions = new();
    private readonly SleepTracker _sleeps = new();
    private readonly GraphStacks _graph;
    private string _tracer = "";
    private bool _traceCmd, _sawGraphEvents, _sawFunctionEvents;
    private long? _cpus;
    private long _events, _lost, _unknown, _cut, _entriesInBuffer, _entriesWritten, _latencyMicros;
    private string _latencyTask = "";
    private long _firstNanos = long.MaxValue, _lastNanos = long.MinValue;
    private int _firstLine;
    private string _firstExcerpt = "";

    public TraceReader(string path)
    {
        _path = path;
        _graph = new GraphStacks(_functions);
    }

    public void Read(ReadOnlySpan<char> raw, int number, bool truncated)
    {
        if (truncated) _cut++;
        var line = raw.Trim();
        if (line.IsEmpty) return;
        if (line[0] == '#')
        {
            Header(line);
            return;
        }
        if (TraceHeader.TryCpus(line, out var cpus))
        {
            _cpus = cpus;
            _traceCmd = true;
            return;
        }
        if (TraceHeader.TryLost(line, out var lost))
        {
            _lost += lost;
            return;
        }
        if (line.StartsWith("=>") || line.StartsWith("---") || line.StartsWith("version =")) return; // stack traces, switch banners
        if (TraceLine.TryParse(line, out var ev))
        {
            Event(ev, raw, number);
            return;
        }
        if (GraphColumns.TryRawPrefix(line, out var cpu, out var time, out var columns))
        {
            Count(time, number, raw);
            var g = GraphColumns.Parse(columns);
            // With funcgraph-proc the task is known: follow it across CPUs; else each CPU is one stream.
            Graph(g, g.Pid ?? -1 - cpu, cpu, number, raw, g.Comm, g.Pid, time);
            return;
        }
        if (TraceHeader.TryLatencyLine(line, out var function))
        {
            Count(null, number, raw);
            if (!function.StartsWith("<")) // `<stack trace>` marks the stack dump that follows, not a call
                _functions.Call(function, null, number, raw, default, null, 0);
            return;
        }
        _unknown++;
    }

    private void Header(ReadOnlySpan<char> line)
    {
        if (TraceHeader.TryTracer(line, out var tracer)) _tracer = tracer.ToString();
        else if (TraceHeader.TryEntries(line, out var inBuffer, out var written, out var cpus))
        {
            _entriesInBuffer = inBuffer;
            _entriesWritten = written;
            _cpus ??= cpus;
        }
        else if (TraceHeader.TryLatency(line, out var micros)) _latencyMicros = micros;
        else if (TraceHeader.TryLatencyTask(line, out var task)) _latencyTask = task.ToString();
    }

    private void Count(long? nanos, int number, ReadOnlySpan<char> raw)
    {
        _events++;
        if (_firstLine == 0)
        {
            _firstLine = number;
            _firstExcerpt = LustreDebug.Excerpt.Of(raw.Trim());
        }
        if (nanos is { } n)
        {
            _firstNanos = Math.Min(_firstNanos, n);
            _lastNanos = Math.Max(_lastNanos, n);
        }
    }

    private void Event(in TraceLine ev, ReadOnlySpan<char> raw, int number)
    {
        Count(ev.Nanos, number, raw);
        var name = ev.Event;
        if (name.SequenceEqual("funcgraph_entry") || name.SequenceEqual("funcgraph_exit"))
        {
            _sawGraphEvents = true;
            Graph(GraphColumns.Parse(ev.Body), ev.Pid, ev.Cpu, number, raw, ev.Comm, ev.Pid, ev.Nanos);
        }
        else if (name.SequenceEqual("function"))
        {
            _sawFunctionEvents = true;
            var body = ev.Body;
            var arrow = body.IndexOf(" <-", StringComparison.Ordinal);
            _functions.Call((arrow > 0 ? body[..arrow] : body).Trim(), null, number, raw, ev.Comm, ev.Pid, ev.Cpu);
        }
        else Sched(name, ev.Body, ev.Pid, ev.Nanos, number, raw);
    }

    private void Sched(ReadOnlySpan<char> name, ReadOnlySpan<char> body, long streamPid, long nanos, int number, ReadOnlySpan<char> raw)
    {
        if (name.SequenceEqual("sched_switch"))
        {
            if (!SchedEvent.TrySwitch(body, out var comm, out var prevPid, out var state, out var nextPid)) return;
            _sleeps.SwitchedOut(prevPid, comm, state, nanos, number, raw, _graph.Waiting(streamPid));
            _sleeps.Woken(nextPid, nanos);
        }
        else if (name.StartsWith("sched_wak") && SchedEvent.TryWakeup(body, out var pid))
            _sleeps.Woken(pid, nanos);
    }

    private void Graph(in GraphColumns g, long stream, long cpu, int number, ReadOnlySpan<char> raw, ReadOnlySpan<char> comm, long? pid, long? nanos)
    {
        switch (g.Kind)
        {
            case GraphKind.Entry: _graph.Entry(stream, g.Name); break;
            case GraphKind.Leaf: _functions.Call(g.Name, g.Nanos, number, raw, comm, pid, cpu); break;
            case GraphKind.Exit: _graph.Exit(stream, g.Name, g.Nanos, number, raw, comm, pid, cpu); break;
            case GraphKind.Comment:
                // Events inside a graph trace print as `/* sched_switch: ... */` comments; timed only with funcgraph-abstime.
                var colon = g.Name.IndexOf(':');
                if (colon > 0 && nanos is { } at)
                    Sched(g.Name[..colon], g.Name[(colon + 1)..].Trim(), stream, at, number, raw);
                break;
        }
    }

    public void Finish(ParseContext context)
    {
        var timed = _lastNanos != long.MinValue;
        if (timed) _sleeps.Finish(_lastNanos);
        if (_cut > 0) context.Problem(InputStatus.Partial, $"{_cut} over-long lines were cut");
        if (_events == 0)
        {
            context.Problem(InputStatus.Unrecognized, _tracer.Length > 0
                ? $"ftrace header (tracer {_tracer}) without trace lines: the buffer was empty"
                : "no ftrace or trace-cmd report lines in the text");
            return;
        }
        if (_unknown > 0) context.Problem(InputStatus.Partial, $"{_unknown} lines are in no known trace layout");
        if (_functions.Untracked > 0) context.Problem(InputStatus.Partial, $"{_functions.Untracked} calls past {FunctionStats.MaxFunctions} distinct functions were not counted");
        if (_sleeps.Untracked > 0) context.Problem(InputStatus.Partial, $"{_sleeps.Untracked} sleeps past the task limits were not counted");
        var tracer = _tracer.Length > 0 ? _tracer : _sawGraphEvents ? "function_graph" : _sawFunctionEvents ? "function" : "";
        context.Emit(new FtraceCapture
        {
            Provenance = new Provenance(_path, _firstLine, null, _firstExcerpt),
            Path = _path,
            Producer = _traceCmd ? "trace-cmd" : "ftrace",
            Tracer = tracer,
            Cpus = _cpus,
            Events = _events,
            FirstTimestamp = timed ? _firstNanos / 1e9 : null,
            LastTimestamp = timed ? _lastNanos / 1e9 : null,
            Span = timed ? TimeSpan.FromTicks((_lastNanos - _firstNanos) / 100) : TimeSpan.Zero,
            LostEvents = _lost + Math.Max(0, _entriesWritten - _entriesInBuffer),
            TimedCalls = _functions.TimedCalls,
            Latency = TimeSpan.FromTicks(_latencyMicros * 10),
            LatencyTask = _latencyTask,
            UnknownLines = _unknown,
        });
        foreach (var f in _functions.Facts(_path)) context.Emit(f);
        foreach (var s in _sleeps.Facts(_path)) context.Emit(s);
    }
}
