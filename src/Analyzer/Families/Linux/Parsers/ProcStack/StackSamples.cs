using Analyzer.Text;

namespace Analyzer.Families.Linux.Parsers.ProcStack;

/// <summary>
/// Numbers the captures of one stack file as samples. A loop that reads the same tasks' stacks again
/// (`while sleep 5; do date; for p in ...; do echo /proc/$p; cat /proc/$p/stack; done; done`, or `cat
/// /proc/1234/stack` run by hand a few times into one file) starts its next sample with its next `date` line, or,
/// without date lines, when a task it already read in this sample comes again. A plain dump reads every task once:
/// one sample, as before.
/// </summary>
internal sealed class StackSamples
{
    private readonly HashSet<string> _tasksInSample = new(StringComparer.Ordinal);
    private long _unnamedInSample; // stacks read since the sample began that no /proc/N line named
    private CaptureStamp? _stamp;
    private DateTime? _first;

    public long Iteration { get; private set; } = 1;
    public string? Captured => _stamp?.Text;
    public TimeSpan? Elapsed => _stamp is { } s ? s.Wall - _first : null;

    /// <summary>A date line: the next sample begins, unless nothing was read since the last one began.</summary>
    public void Stamp(CaptureStamp stamp)
    {
        if (_tasksInSample.Count > 0 || _unnamedInSample > 0) Next();
        _stamp = stamp;
        _first ??= stamp.Wall;
    }

    /// <summary>
    /// A stack of the task named by <paramref name="task"/> (its `/proc/N` or `/proc/N/task/M` marker, or the per-task
    /// file's path; null when nothing named it): the same task again means the loop came round.
    /// </summary>
    public void Stack(string? task)
    {
        if (task is null)
        {
            _unnamedInSample++;
            return;
        }
        if (!_tasksInSample.Add(task))
        {
            Next();
            _stamp = null; // an untimed sample: the time printed before the last one is not its own
            _tasksInSample.Add(task);
        }
    }

    private void Next()
    {
        Iteration++;
        _tasksInSample.Clear();
        _unnamedInSample = 0;
    }
}
