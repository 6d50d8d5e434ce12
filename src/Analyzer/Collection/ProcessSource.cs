using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Analyzer.Collection;

/// <summary>
/// Processes from /proc without ps: a <c>ps -eo pid,stat,wchan:32,comm</c> listing (state from /proc/PID/stat, wait
/// channel from /proc/PID/wchan), the <c>stack</c> and <c>status</c> of every task in D state (threads included: a
/// D-state thread of a busy process is what a hang shows), and every task's kernel stack as <c>head</c> sections,
/// which the analyzer groups into identical stacks with their counts, as <c>md5sum /proc/*/stack | sort | uniq -c</c>.
/// </summary>
public static class ProcessSource
{
    private const int MaxDState = 500;

    public static void Capture(HostFiles host, CaptureRecorder recorder)
    {
        var clock = Stopwatch.StartNew();
        var pids = host.Pids();
        if (pids.Count == 0)
        {
            recorder.Note("processes", "/proc/PID/stat", SourceStatus.Absent, "no process directories under /proc");
            return;
        }
        var ps = new StringBuilder("    PID STAT WCHAN                            COMMAND\n");
        var dState = new List<(int Pid, int Tid)>();
        var stacks = new StringBuilder();
        int stacksRead = 0, stacksDenied = 0, stacksEmpty = 0;
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pid in pids)
        {
            if (recorder.Budget.TimeSpent) break;
            if (Stat(host, $"/proc/{pid}") is not { } stat) continue; // gone since the listing
            var wchan = host.Text($"/proc/{pid}/wchan")?.Trim();
            ps.Append(CultureInfo.InvariantCulture, $"{pid,7} {stat.State,-4} {(string.IsNullOrEmpty(wchan) || wchan == "0" ? "-" : wchan),-32} {stat.Comm}\n");
            foreach (var tid in host.Tasks(pid))
            {
                var taskDir = tid == pid ? $"/proc/{pid}" : $"/proc/{pid}/task/{tid}";
                var state = tid == pid ? stat.State : Stat(host, taskDir)?.State;
                if (state == "D" && dState.Count < MaxDState) dState.Add((pid, tid));
                var stack = host.Read($"{taskDir}/stack", 64 * 1024);
                if (!stack.Ok)
                {
                    if (stack.Status == SourceStatus.Denied) stacksDenied++;
                    continue;
                }
                var text = Encoding.UTF8.GetString(stack.Data);
                // A task on a CPU at the moment of the read, or a zombie, has no sleeping stack: the file is empty.
                if (string.IsNullOrWhiteSpace(text))
                {
                    stacksEmpty++;
                    continue;
                }
                stacksRead++;
                distinct.Add(text);
                stacks.Append(CultureInfo.InvariantCulture, $"==> /proc/{tid}/stack <==\n").Append(text);
                if (!text.EndsWith('\n')) stacks.Append('\n');
                stacks.Append('\n');
            }
        }
        recorder.AddText("processes", "/proc/PID/stat, /proc/PID/wchan", "ps-eo-wchan.txt", ps.ToString(), clock.ElapsedMilliseconds);
        if (stacksRead > 0)
            recorder.AddText("kernel stacks", "/proc/PID/task/TID/stack", "proc/stacks.txt", stacks.ToString(), clock.ElapsedMilliseconds,
                reason: $"{stacksRead} tasks, {distinct.Count} distinct stacks" + (stacksEmpty > 0 ? $"; {stacksEmpty} running or exiting tasks had none" : "")
                + (stacksDenied > 0 ? $"; {stacksDenied} denied" : ""));
        else
            recorder.Note("kernel stacks", "/proc/PID/task/TID/stack", stacksDenied > 0 ? SourceStatus.Denied : SourceStatus.Absent,
                stacksDenied > 0 ? $"permission denied for {stacksDenied} tasks (needs root)" : "no stack files (kernel without CONFIG_STACKTRACE?)");
        foreach (var (pid, tid) in dState)
        {
            var dir = tid == pid ? $"/proc/{pid}" : $"/proc/{pid}/task/{tid}";
            foreach (var file in new[] { "stack", "status" })
            {
                var r = host.Read($"{dir}/{file}", 64 * 1024);
                if (r.Ok) recorder.Add($"D-state task {tid} {file}", $"{dir}/{file}", $"proc/{tid}/{file}", r.Data, clock.ElapsedMilliseconds, binary: false, r.Status, r.Reason);
                else recorder.Note($"D-state task {tid} {file}", $"{dir}/{file}", r.Status, r.Reason ?? "unreadable");
            }
        }
        if (dState.Count == 0) recorder.Note("D-state tasks", "/proc/PID/task/TID/stat", SourceStatus.Absent, "no task in D state at the time of the listing");
    }

    /// <summary>State and command from <c>/proc/PID/stat</c>: <c>pid (comm) S ...</c>; comm may hold spaces and parentheses.</summary>
    private static (string State, string Comm)? Stat(HostFiles host, string dir)
    {
        var text = host.Text($"{dir}/stat");
        if (text is null) return null;
        var open = text.IndexOf('(');
        var close = text.LastIndexOf(')');
        if (open < 0 || close < open || close + 2 >= text.Length) return null;
        return (text[close + 2].ToString(), text[(open + 1)..close].Replace(' ', '_'));
    }
}
