using Analyzer.Reporting;
using System.Text.RegularExpressions;
using Analyzer.Detection;
using Analyzer.Families.Linux.Facts;
using Analyzer.Inventory;
using Analyzer.Parsing;
using Analyzer.Text;

namespace Analyzer.Families.Linux.Parsers.ProcStack;

/// <summary>
/// /proc/PID/stack (formats.md §5.3): a per-task file (`proc/1234/stack`, `proc/1234/task/1240/stack`: the pid comes
/// from the path) or a dump of many tasks, each introduced by a line naming `/proc/N` (`echo $p` loops,
/// `==> /proc/N/stack <==` from head, `$ cat /proc/N/stack`) or prefixed with it (`grep . /proc/*/stack`).
/// Identical stacks become one <see cref="ProcStack"/> group with a count and pids, per sample when the file holds
/// several captures of the same tasks (<see cref="StackSamples"/>: a loop with `date` lines, or a task read again).
/// </summary>
public sealed partial class ProcStackParser : IFormatParser
{
    public string Format => "proc-stack";
    public string Source => HostSources.Processes;
    public bool ScansUnclaimedText => false;

    [GeneratedRegex(@"/proc/([0-9]+)(?:/task/([0-9]+))?", RegexOptions.CultureInvariant)]
    private static partial Regex ProcPath();

    public DetectionConfidence Detect(EntryProbe probe)
    {
        if (probe.IsBinary) return DetectionConfidence.None;
        var frames = 0;
        var firstIsFrame = false;
        var seenText = false;
        foreach (var raw in probe.HeadLines.Take(200))
        {
            var line = StripGrepPrefix(raw.AsSpan().Trim());
            if (line.IsEmpty) continue;
            if (StackFrameLine.TryParse(line, out var terminator) is not null || terminator)
            {
                if (!seenText) firstIsFrame = true;
                frames++;
            }
            seenText = true;
        }
        if (firstIsFrame) return DetectionConfidence.ContentAtStart;
        if (frames >= 2) return DetectionConfidence.Content;
        return probe.Path.EndsWith("/stack", StringComparison.Ordinal) || probe.Path == "stack" ? DetectionConfidence.Name : DetectionConfidence.None;
    }

    public void Parse(ParseContext context)
    {
        using var reader = new LineReader(context.Content);
        var groups = new StackGroups(context.Path);
        var samples = new StackSamples();
        var pathPid = PidOf(context.Path);
        var pathTask = pathPid is null ? null : context.Path;
        var pid = pathPid;
        var task = pathTask;
        var frames = new List<KernelFrame>();
        var start = 0;
        var excerpt = "";
        var unreadable = 0;
        var denied = 0;
        string? deniedExample = null;
        while (reader.TryReadLine(out var raw))
        {
            var trimmed = raw.Trim();
            if (trimmed.IsEmpty)
            {
                Flush(); // head and cat loops separate tasks by blank lines
                continue;
            }
            var line = StripGrepPrefix(trimmed);
            if (line.Length != trimmed.Length && TaskOf(trimmed) is { } prefixed && prefixed.Marker != task)
            {
                Flush();
                (pid, task) = prefixed;
            }
            var frame = StackFrameLine.TryParse(line, out var terminator);
            if (frame is not null)
            {
                // Frames after the entry frame are the next stack (`cat /proc/*/stack`, or one task's file read twice):
                // a per-task file's path still names its task, a /proc/N line named only the stack after it.
                if (frames.Count > 0 && StackFrameLine.IsEntry(frames[^1].Function)) Flush();
                if (frames.Count == 0)
                {
                    start = reader.LineNumber;
                    excerpt = Excerpt.Of(line);
                }
                frames.Add(frame);
                continue;
            }
            if (terminator) continue;
            if (IsReadError(line))
            {
                // `head: cannot open '/proc/1/stack' for reading: Permission denied`: that task's stack is missing.
                Flush();
                denied++;
                deniedExample ??= line.ToString();
                continue;
            }
            if (TaskOf(line) is { } next)
            {
                Flush();
                (pid, task) = next;
                continue;
            }
            if (CaptureStamp.TryParse(line) is { } stamp)
            {
                Flush();
                samples.Stamp(stamp); // a loop's `date` line: the stacks after it are the next capture
                continue;
            }
            unreadable++;
            Flush(); // whatever this line is, it is not part of the stack above it
        }
        Flush();
        if (groups.Stacks == 0)
        {
            context.Problem(InputStatus.Failed, "no kernel stack frames (`[<addr>] function+0xoff/0xlen`)");
            return;
        }
        groups.Emit(context);
        if (denied > 0) context.Problem(InputStatus.Partial, $"{denied} stack(s) could not be read by the collector ({MarkdownText.Code(deniedExample ?? "")})");
        if (unreadable > 0) context.Problem(InputStatus.Partial, $"{unreadable} line(s) are neither frames nor /proc/PID markers");
        if (groups.Overflow > 0) context.Problem(InputStatus.Partial, $"{groups.Overflow} stacks beyond {StackGroups.MaxGroups} groups (distinct stacks of each capture) were dropped");

        void Flush()
        {
            if (frames.Count == 0) return;
            samples.Stack(task);
            groups.Add(pid, frames, start, excerpt, samples);
            frames.Clear();
            (pid, task) = (pathPid, pathTask); // a stack that follows without its own /proc/N line is not the same task's
        }
    }

    private static bool IsReadError(ReadOnlySpan<char> line) =>
        line.Contains("/proc/", StringComparison.Ordinal)
        && (line.EndsWith("Permission denied", StringComparison.Ordinal) || line.EndsWith("No such file or directory", StringComparison.Ordinal)
            || line.EndsWith("Operation not permitted", StringComparison.Ordinal));

    private static ReadOnlySpan<char> StripGrepPrefix(ReadOnlySpan<char> line)
    {
        if (!line.StartsWith("/proc/", StringComparison.Ordinal)) return line;
        var colon = line.IndexOf(":[<", StringComparison.Ordinal);
        return colon > 0 ? line[(colon + 1)..] : line;
    }

    /// <summary>
    /// The task a `/proc/N` or `/proc/N/task/M` marker names: its id (the thread's for a task path) and the marker
    /// itself, which tells `/proc/1` from its main thread `/proc/1/task/1` when a dump lists both.
    /// </summary>
    private static (long? Id, string Marker)? TaskOf(ReadOnlySpan<char> line)
    {
        var m = ProcPath().Match(line.ToString());
        if (!m.Success) return null;
        var group = m.Groups[2].Success ? m.Groups[2] : m.Groups[1];
        return long.TryParse(group.ValueSpan, out var id) ? (id, m.Value) : null;
    }

    /// <summary>`proc/1234/stack`, `1234/stack`, `proc/1234/task/1240/stack` (the task id is the thread's).</summary>
    internal static long? PidOf(string path)
    {
        var parts = path.Split('/');
        for (var i = parts.Length - 2; i >= 0; i--)
            if (long.TryParse(parts[i], out var id)) return id;
        return null;
    }
}
