using Analyzer.Families.Lustre.Facts;
namespace Analyzer.Families.Lustre.Parsers.Ftrace;

/// <summary>What the columns of one function_graph line hold.</summary>
internal enum GraphKind { None, Entry, Leaf, Exit, Comment, Other }

/// <summary>
/// The columns of a function_graph line after the CPU (` 0)`), or the body of trace-cmd's funcgraph_entry/exit:
/// `[TASK-PID |] [FLAGS |] [MARKER] DURATION | FUNCTION-TEXT` (trace_functions_graph.c). The duration column is
/// blank on entries; the function text is `func() {`, `func();`, `}`, `} /* func */` or a `/* event: ... */`.
/// </summary>
internal readonly ref struct GraphColumns
{
    public GraphKind Kind { get; init; }
    public long? Nanos { get; init; }
    public ReadOnlySpan<char> Name { get; init; }
    public ReadOnlySpan<char> Comm { get; init; }
    public long? Pid { get; init; }

    public static GraphColumns Parse(ReadOnlySpan<char> columns)
    {
        ReadOnlySpan<char> comm = default;
        long? pid = null;
        var s = columns;
        for (var segment = 0; segment < 4; segment++)
        {
            var bar = s.IndexOf('|');
            if (bar < 0) return new GraphColumns { Kind = GraphKind.Other };
            var cell = s[..bar];
            if (Number.TryDuration(cell, out var nanos, out var empty))
                return Function(s[(bar + 1)..], empty ? null : nanos, comm, pid);
            if (cell.Contains("==========>", StringComparison.Ordinal) || cell.Contains("<==========", StringComparison.Ordinal))
                return new GraphColumns { Kind = GraphKind.Other }; // irq entry/exit marker
            var task = cell.Trim();
            var dash = task.LastIndexOf('-');
            if (dash > 0 && Number.Digits(task[(dash + 1)..], out var p))
            {
                comm = task[..dash];
                pid = p;
            }
            s = s[(bar + 1)..];
        }
        return new GraphColumns { Kind = GraphKind.Other };
    }

    private static GraphColumns Function(ReadOnlySpan<char> text, long? nanos, ReadOnlySpan<char> comm, long? pid)
    {
        var t = text.Trim();
        if (t.StartsWith("/*"))
        {
            var end = t.LastIndexOf("*/");
            return new GraphColumns { Kind = GraphKind.Comment, Name = (end > 2 ? t[2..end] : t[2..]).Trim(), Comm = comm, Pid = pid };
        }
        if (t.StartsWith("}"))
        {
            // funcgraph-tail prints `} /* func */`; funcgraph-retval `} /* func = 0x0 */`
            var tail = t[1..].Trim();
            ReadOnlySpan<char> name = default;
            if (tail.StartsWith("/*"))
            {
                name = tail[2..];
                var cut = name.IndexOfAny("=*");
                name = (cut >= 0 ? name[..cut] : name).Trim();
            }
            return new GraphColumns { Kind = GraphKind.Exit, Nanos = nanos, Name = name, Comm = comm, Pid = pid };
        }
        var call = t.IndexOf("()", StringComparison.Ordinal);
        if (call <= 0) return new GraphColumns { Kind = GraphKind.Other };
        var after = t[(call + 2)..].TrimStart();
        var kind = after.StartsWith("{") ? GraphKind.Entry : after.StartsWith(";") ? GraphKind.Leaf : GraphKind.Other;
        return new GraphColumns { Kind = kind, Nanos = nanos, Name = t[..call].Trim(), Comm = comm, Pid = pid };
    }

    /// <summary>The raw `trace` layout: optional absolute time column (funcgraph-abstime), then `CPU)`; returns what follows.</summary>
    public static bool TryRawPrefix(ReadOnlySpan<char> line, out long cpu, out long? nanos, out ReadOnlySpan<char> columns)
    {
        cpu = 0;
        nanos = null;
        columns = default;
        var s = line.TrimStart();
        var bar = s.IndexOf('|');
        if (bar > 0 && Number.TryTimestamp(s[..bar].Trim(), out var t, out _))
        {
            nanos = t;
            s = s[(bar + 1)..].TrimStart();
        }
        var paren = s.IndexOf(')');
        if (paren <= 0 || !Number.Digits(s[..paren], out cpu)) return false;
        columns = s[(paren + 1)..];
        return true;
    }
}
