using Analyzer.Families.Zfs.Facts;
using Analyzer.Rules.Facts;

namespace Analyzer.Families.Zfs.Parsers.ZpoolIostat;

/// <summary>
/// The bucket counts of one histogram table (one pool or vdev of `-w` or `-r`), per column: the since-boot first
/// report and the sum of the interval reports after it. Buckets are few (≤ 40), so memory follows the vdev count.
/// </summary>
internal sealed class HistogramAccumulator(string pool, string vdev, string kind, string[] columns, Provenance provenance)
{
    private readonly List<long> _bounds = [];
    private readonly List<long[]> _first = [];
    private readonly List<long[]> _rest = [];
    private bool _inFirst = true;
    private bool _sawInterval;
    private int _bucket;

    public string[] Columns { get; } = columns;

    /// <summary>The table was printed again: the next rows belong to an interval report.</summary>
    public void NextReport()
    {
        _inFirst = false;
        _bucket = 0;
    }

    public void Add(long bound, ReadOnlySpan<long> counts)
    {
        if (_bucket >= _bounds.Count)
        {
            _bounds.Add(bound);
            _first.Add(new long[Columns.Length]);
            _rest.Add(new long[Columns.Length]);
        }
        var target = _inFirst ? _first[_bucket] : _rest[_bucket];
        if (!_inFirst) _sawInterval = true;
        for (var c = 0; c < Math.Min(counts.Length, target.Length); c++)
            target[c] += counts[c];
        _bucket++;
    }

    public IEnumerable<ZpoolHistogram> ToFacts(string path)
    {
        var source = _sawInterval ? _rest : _first;
        for (var c = 0; c < Columns.Length; c++)
        {
            long total = 0;
            for (var b = 0; b < source.Count; b++) total += source[b][c];
            yield return new ZpoolHistogram
            {
                Provenance = provenance,
                Path = path,
                Pool = pool,
                Vdev = vdev,
                Kind = kind,
                Column = Columns[c],
                Count = total,
                P50 = Quantile(source, c, total, 0.50),
                P99 = Quantile(source, c, total, 0.99),
                Max = Highest(source, c),
            };
        }
    }

    private long? Quantile(List<long[]> source, int column, long total, double q)
    {
        if (total == 0) return null;
        var rank = (long)Math.Ceiling(total * q);
        long seen = 0;
        for (var b = 0; b < source.Count; b++)
        {
            seen += source[b][column];
            if (seen >= rank) return _bounds[b];
        }
        return _bounds[^1];
    }

    private long? Highest(List<long[]> source, int column)
    {
        for (var b = source.Count - 1; b >= 0; b--)
            if (source[b][column] > 0) return _bounds[b];
        return null;
    }
}
