namespace Analyzer.Families.JuiceFs.Parsers.JuiceFsAccessLog;

/// <summary>
/// Space-saving heavy hitters (Metwally et al.) over integer keys (pids, uids): at most <see cref="Capacity"/> keys
/// are tracked; a new key evicts the smallest and inherits its count as an overestimate bound. Every key whose true
/// count exceeds total/Capacity is guaranteed to be tracked. Errors and latency of a key count from its (last)
/// arrival, so they never exceed the truth.
/// </summary>
internal sealed class SpaceSaving
{
    private readonly long[] _keys;
    private readonly long[] _counts;
    private readonly long[] _overestimates;
    private readonly long[] _errors;
    private readonly long[] _micros;
    private readonly Dictionary<long, int> _slots;
    private int _used;
    private long _lastKey = long.MinValue; // consecutive records usually come from the same caller: skip the hash lookup
    private int _lastSlot;

    public SpaceSaving(int capacity)
    {
        Capacity = capacity;
        _keys = new long[capacity];
        _counts = new long[capacity];
        _overestimates = new long[capacity];
        _errors = new long[capacity];
        _micros = new long[capacity];
        _slots = new Dictionary<long, int>(capacity);
    }

    public int Capacity { get; }
    public long Total { get; private set; }
    public long TotalErrors { get; private set; }
    public long TotalMicros { get; private set; }

    public void Add(long key, bool error, long micros)
    {
        Total++;
        if (error) TotalErrors++;
        TotalMicros += micros;
        int slot;
        if (key == _lastKey)
            slot = _lastSlot;
        else if (!_slots.TryGetValue(key, out slot))
        {
            if (_used < Capacity)
                slot = _used++;
            else
            {
                slot = MinSlot();
                _slots.Remove(_keys[slot]);
                _overestimates[slot] = _counts[slot];
                _errors[slot] = 0;
                _micros[slot] = 0;
            }
            _keys[slot] = key;
            _slots[key] = slot;
        }
        (_lastKey, _lastSlot) = (key, slot); // an eviction always goes through the lookup above, so this never goes stale
        _counts[slot]++;
        if (error) _errors[slot]++;
        _micros[slot] += micros;
    }

    /// <summary>The tracked keys, largest count first (ties: smaller key first).</summary>
    public IReadOnlyList<(long Key, long Count, long Overestimate, long Errors, long Micros)> Top(int n) =>
        Enumerable.Range(0, _used)
            .Select(i => (_keys[i], _counts[i], _overestimates[i], _errors[i], _micros[i]))
            .OrderByDescending(x => x.Item2).ThenBy(x => x.Item1)
            .Take(n)
            .ToList();

    private int MinSlot()
    {
        var min = 0;
        for (var i = 1; i < _used; i++)
            if (_counts[i] < _counts[min])
                min = i;
        return min;
    }
}
