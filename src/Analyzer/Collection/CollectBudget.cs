using System.Diagnostics;

namespace Analyzer.Collection;

/// <summary>
/// The capture's two budgets: one deadline for the whole run and a byte allowance shared by every file. Sources run
/// in parallel, so the byte count is taken under a lock; a file is granted what is left, never more.
/// </summary>
public sealed class CollectBudget
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly TimeSpan _time;
    private readonly Lock _gate = new();
    private long _bytesLeft;

    public CollectBudget(TimeSpan time, long maxBytes)
    {
        _time = time;
        _bytesLeft = Math.Max(0, maxBytes);
        MaxBytes = maxBytes;
    }

    public long MaxBytes { get; }
    public TimeSpan Elapsed => _clock.Elapsed;
    public TimeSpan TimeLeft => _time - _clock.Elapsed > TimeSpan.Zero ? _time - _clock.Elapsed : TimeSpan.Zero;
    public bool TimeSpent => TimeLeft == TimeSpan.Zero;

    public bool BytesSpent
    {
        get
        {
            lock (_gate) return _bytesLeft == 0;
        }
    }

    /// <summary>A timeout for one step: <paramref name="wanted"/>, or what is left of the deadline if that is less.</summary>
    public TimeSpan Step(TimeSpan wanted) => wanted < TimeLeft ? wanted : TimeLeft;

    /// <summary>Reserves up to <paramref name="wanted"/> bytes and returns how many were granted.</summary>
    public long Take(long wanted)
    {
        lock (_gate)
        {
            var granted = Math.Min(Math.Max(0, wanted), _bytesLeft);
            _bytesLeft -= granted;
            return granted;
        }
    }

    /// <summary>Gives back bytes taken but not written.</summary>
    public void Return(long bytes)
    {
        lock (_gate) _bytesLeft += Math.Max(0, bytes);
    }
}
