namespace Analyzer.Families.Go.Parsers.GoMemStats;

/// <summary>
/// Reads runtime.MemStats.PauseNs, a circular buffer of the last 256 stop-the-world pauses: the slot written last
/// is (NumGC+255)%256, slots never written are zero.
/// </summary>
internal readonly record struct PauseRing(TimeSpan Last, TimeSpan Max, TimeSpan? P99, TimeSpan Sum)
{
    public const int Size = 256;

    public static PauseRing From(IReadOnlyList<ulong> pauses, long numGC)
    {
        if (pauses.Count == 0 || numGC <= 0)
            return new PauseRing(TimeSpan.Zero, TimeSpan.Zero, null, TimeSpan.Zero);
        var last = (int)((numGC + Size - 1) % Size);
        // Only the first min(NumGC, 256) slots hold pauses; a recorded pause of 0 ns is real, so count by NumGC.
        var recorded = pauses.Take((int)Math.Min(numGC, Math.Min(Size, pauses.Count))).Order().ToArray();
        var sum = 0UL;
        foreach (var p in recorded)
            sum += p;
        var rank = (int)Math.Ceiling(0.99 * recorded.Length) - 1; // nearest-rank percentile
        return new PauseRing(
            last < pauses.Count ? Nanos(pauses[last]) : TimeSpan.Zero,
            Nanos(recorded[^1]),
            Nanos(recorded[Math.Max(rank, 0)]),
            Nanos(sum));
    }

    public static TimeSpan Nanos(ulong ns) => TimeSpan.FromTicks((long)Math.Min(ns / 100, (ulong)TimeSpan.MaxValue.Ticks));
}
