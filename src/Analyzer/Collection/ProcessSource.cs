using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Analyzer.Collection;

/// <summary>
/// Processes from /proc without ps: a <c>ps -eo pid,stat,wchan:32,comm</c> listing at the start of the window and
/// another at its end, in one file with a <c>date -u</c> line before each (<see cref="ProcessListing"/>), so a task in
/// D state in both is stuck, not an instant; the <c>stack</c> and <c>status</c> of every task in D state at the start
/// (threads included: a D-state thread of a busy process is what a hang shows), and every task's kernel stack as
/// <c>head</c> sections, which the analyzer groups into identical stacks with their counts, as
/// <c>md5sum /proc/*/stack | sort | uniq -c</c>. The stacks of the tasks in D state are read again at the end of the
/// window into <c>proc/d-state-stacks.txt</c>, after a date line each time, as a loop of <c>cat /proc/N/stack</c>
/// would: the same stack twice means the task did not move.
/// </summary>
public static class ProcessSource
{
    private const int MaxDState = 500;

    public static async Task CaptureAsync(HostFiles host, CaptureRecorder recorder, int seconds)
    {
        var clock = Stopwatch.StartNew();
        if (Capture(host, recorder, clock) is not var (first, dState)) return;
        // The file is written at the end of the window: hold room for both listings, so that sources finishing
        // meanwhile cannot spend the size budget the first evidence of a hang needs.
        var held = recorder.Budget.Take(2L * Encoding.UTF8.GetByteCount(first));
        // The end of the window, or as close to it as the time budget allows (a second left for the listing itself).
        var wait = TimeSpan.FromSeconds(seconds) - clock.Elapsed;
        var allowed = recorder.Budget.TimeLeft - TimeSpan.FromSeconds(1);
        var cut = wait > allowed;
        if (cut) wait = allowed;
        if (wait > TimeSpan.Zero) await Task.Delay(wait).ConfigureAwait(false);
        var started = clock.Elapsed;
        var second = recorder.Budget.TimeSpent ? null : ProcessListing.Take(host, recorder.Budget);
        if (dState.Reads > 0)
        {
            if (second is not null) dState.ReadAgain(host);
            recorder.AddText("D-state task stacks", "/proc/PID/task/TID/stack", "proc/d-state-stacks.txt", dState.Text, clock.ElapsedMilliseconds,
                reason: second is null ? "read once (time budget)" : $"{dState.Tasks} task(s) read at the start and the end of the window");
        }
        var apart = (int)Math.Round(started.TotalSeconds);
        var reason = second is null ? "time budget: one listing, none at the end of the window"
            : $"2 listings {apart} s apart" + (cut ? $" (time budget: {seconds} s asked)" : "");
        recorder.Budget.Return(held);
        recorder.AddText("processes", "/proc/PID/stat, /proc/PID/wchan", "ps-eo-wchan.txt", first + second, clock.ElapsedMilliseconds,
            cut || second is null ? SourceStatus.TimedOut : SourceStatus.Ok, reason);
    }

    /// <summary>
    /// The listing at the start with the kernel stacks of the moment; the listing and the first read of the D-state
    /// tasks' stacks are returned, not written, so the end of the window can add to them.
    /// </summary>
    private static (string Listing, DStateStacks Stacks)? Capture(HostFiles host, CaptureRecorder recorder, Stopwatch clock)
    {
        var pids = host.Pids();
        if (pids.Count == 0)
        {
            recorder.Note("processes", "/proc/PID/stat", SourceStatus.Absent, "no process directories under /proc");
            return null;
        }
        var ps = new StringBuilder(ProcessListing.DateLine(DateTime.UtcNow)).Append(ProcessListing.Header);
        var dState = new List<(int Pid, int Tid)>();
        var stacks = new StringBuilder();
        int stacksRead = 0, stacksDenied = 0, stacksEmpty = 0;
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pid in pids)
        {
            if (recorder.Budget.TimeSpent) break;
            if (ProcessListing.Row(host, pid, out var mainState) is not { } row) continue; // gone since the listing
            ps.Append(row);
            foreach (var tid in host.Tasks(pid))
            {
                var taskDir = tid == pid ? $"/proc/{pid}" : $"/proc/{pid}/task/{tid}";
                var state = tid == pid ? mainState : ProcessListing.Stat(host, taskDir)?.State;
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
        var again = new DStateStacks(dState.Select(t => t.Pid == t.Tid ? $"/proc/{t.Pid}" : $"/proc/{t.Pid}/task/{t.Tid}").ToList());
        again.ReadAgain(host);
        return (ps.ToString(), again);
    }
}
