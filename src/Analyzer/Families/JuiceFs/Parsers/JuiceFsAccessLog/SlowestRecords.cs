namespace Analyzer.Families.JuiceFs.Parsers.JuiceFsAccessLog;

/// <summary>The N slowest records seen (a min-heap of N entries): memory is N excerpts whatever the log's size.</summary>
internal sealed class SlowestRecords(int capacity)
{
    private readonly PriorityQueue<SlowRecord, (long Micros, long Line)> _heap = new(capacity);

    public int Capacity { get; } = capacity;

    /// <summary>True when a record this slow would enter the list (callers build its excerpt only then).</summary>
    public bool Admits(long micros) => _heap.Count < Capacity || (_heap.TryPeek(out _, out var min) && micros > min.Micros);

    public void Add(SlowRecord record)
    {
        if (_heap.Count < Capacity)
            _heap.Enqueue(record, (record.Micros, -record.Line));
        else
            _heap.EnqueueDequeue(record, (record.Micros, -record.Line));
    }

    /// <summary>Slowest first; equal latencies in line order.</summary>
    public IReadOnlyList<SlowRecord> Ordered() =>
        _heap.UnorderedItems.Select(x => x.Element).OrderByDescending(r => r.Micros).ThenBy(r => r.Line).ToList();
}
