using System.Text;

namespace Analyzer.Collection;

/// <summary>
/// The kernel stacks of the tasks seen in D state, read at the start of the window and again at its end into one
/// text: a `date -u` line, then `/proc/N` and its stack for each task, the layout of a `while sleep; do date; for p
/// in ...; do echo /proc/$p; cat /proc/$p/stack; done; done` loop, which the proc-stack reader takes as captures.
/// </summary>
internal sealed class DStateStacks(IReadOnlyList<string> taskDirs)
{
    private readonly StringBuilder _text = new();

    public string Text => _text.ToString();
    public int Tasks => taskDirs.Count;
    /// <summary>Captures written so far (0 when no task was in D state).</summary>
    public int Reads { get; private set; }

    public void ReadAgain(HostFiles host)
    {
        if (taskDirs.Count == 0) return;
        _text.Append(ProcessListing.DateLine(DateTime.UtcNow));
        foreach (var dir in taskDirs)
        {
            var stack = host.Read($"{dir}/stack", 64 * 1024);
            // A task that left D state and is running has an empty stack; one that exited has none: its line stays,
            // so the capture says it was looked at.
            _text.Append(dir).Append('\n');
            if (!stack.Ok) continue;
            var text = Encoding.UTF8.GetString(stack.Data);
            _text.Append(text);
            if (text.Length > 0 && !text.EndsWith('\n')) _text.Append('\n');
        }
        Reads++;
    }
}
