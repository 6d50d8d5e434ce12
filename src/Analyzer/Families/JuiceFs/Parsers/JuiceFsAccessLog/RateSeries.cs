namespace Analyzer.Families.JuiceFs.Parsers.JuiceFsAccessLog;

/// <summary>
/// Records, errors and latency per time bucket. Buckets start at one second; when the log spans more than
/// <see cref="MaxBuckets"/> buckets the width doubles and neighbours merge, so memory is fixed and a day-long log
/// ends with buckets of a few minutes. Records that arrive out of order before the first bucket count in it.
/// </summary>
internal sealed class RateSeries
{
    public const int MaxBuckets = 512;

    private long[] _counts = new long[MaxBuckets];
    private long[] _errors = new long[MaxBuckets];
    private long[] _sums = new long[MaxBuckets];
    private long[] _maxes = new long[MaxBuckets];
    private long _base = long.MinValue; // first bucket's start, in seconds
    private int _used;

    public long WidthSeconds { get; private set; } = 1;
    public long BaseSeconds => _base;
    public int Used => _used;

    public void Add(long second, bool error, long micros)
    {
        if (_base == long.MinValue)
            _base = FloorTo(second, WidthSeconds);
        if (second < _base)
            second = _base;
        var index = (second - _base) / WidthSeconds;
        while (index >= MaxBuckets)
        {
            Coarsen();
            index = (second - _base) / WidthSeconds;
        }
        var i = (int)index;
        _counts[i]++;
        if (error) _errors[i]++;
        _sums[i] += micros;
        if (micros > _maxes[i]) _maxes[i] = micros;
        if (i >= _used) _used = i + 1;
    }

    public (long[] Counts, long[] Errors, long[] Means, long[] Maxes) Snapshot()
    {
        var means = new long[_used];
        for (var i = 0; i < _used; i++)
            means[i] = _counts[i] == 0 ? 0 : _sums[i] / _counts[i];
        return (_counts[.._used], _errors[.._used], means, _maxes[.._used]);
    }

    private void Coarsen()
    {
        var width = WidthSeconds * 2;
        var newBase = FloorTo(_base, width);
        var counts = new long[MaxBuckets];
        var errors = new long[MaxBuckets];
        var sums = new long[MaxBuckets];
        var maxes = new long[MaxBuckets];
        var used = 0;
        for (var i = 0; i < _used; i++)
        {
            var j = (int)((_base + i * WidthSeconds - newBase) / width);
            counts[j] += _counts[i];
            errors[j] += _errors[i];
            sums[j] += _sums[i];
            maxes[j] = Math.Max(maxes[j], _maxes[i]);
            used = j + 1;
        }
        (_counts, _errors, _sums, _maxes, _base, _used, WidthSeconds) = (counts, errors, sums, maxes, newBase, used, width);
    }

    private static long FloorTo(long value, long width) => value - (((value % width) + width) % width);
}
