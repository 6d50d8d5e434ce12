namespace Analyzer.Families.JuiceFs.Parsers.JuiceFsAccessLog;

/// <summary>
/// A log-bucketed latency histogram (the DDSketch bucketing) over whole microseconds: bucket i holds values in
/// (γ^(i-1), γ^i] with γ = (1+α)/(1-α), and a quantile is answered with 2γ^i/(γ+1), which is within a relative error
/// of <see cref="RelativeError"/> (α = 1%) of the exact nearest-rank value. Memory is fixed (about 11 KB), whatever
/// the number of samples; two histograms merge by adding buckets, so the bound survives merging.
/// </summary>
internal sealed class LatencyHistogram
{
    /// <summary>The guaranteed relative error of <see cref="Quantile"/> against the exact nearest-rank value.</summary>
    public const double RelativeError = 0.01;

    /// <summary>Buckets up to γ^BucketCount ≈ 10^12 µs (about 11 days); longer latencies fall into the last bucket.</summary>
    private const int BucketCount = 1400;

    private const int SmallValues = 1 << 16;

    private static readonly double Gamma = (1 + RelativeError) / (1 - RelativeError);
    private static readonly double LogGamma = Math.Log(Gamma);

    // Most latencies are under 65 ms: their bucket comes from a table instead of a logarithm.
    private static readonly ushort[] SmallIndex = BuildSmallIndex();

    private readonly long[] _buckets = new long[BucketCount];
    private long _zeros;

    public long Count { get; private set; }
    public long Min { get; private set; } = long.MaxValue;
    public long Max { get; private set; }

    public void Add(long micros)
    {
        Count++;
        if (micros < Min) Min = micros;
        if (micros > Max) Max = micros;
        if (micros <= 0)
        {
            _zeros++;
            return;
        }
        _buckets[micros < SmallValues ? SmallIndex[micros] : IndexOf(micros)]++;
    }

    public void Merge(LatencyHistogram other)
    {
        for (var i = 0; i < BucketCount; i++)
            _buckets[i] += other._buckets[i];
        _zeros += other._zeros;
        Count += other.Count;
        if (other.Count > 0)
        {
            Min = Math.Min(Min, other.Min);
            Max = Math.Max(Max, other.Max);
        }
    }

    /// <summary>The q-quantile (0 &lt; q ≤ 1) by nearest rank, in microseconds; 0 for an empty histogram.</summary>
    public long Quantile(double q)
    {
        if (Count == 0) return 0;
        var rank = Math.Max(1, (long)Math.Ceiling(q * Count));
        if (rank <= _zeros) return 0;
        var seen = _zeros;
        for (var i = 0; i < BucketCount; i++)
        {
            seen += _buckets[i];
            if (seen >= rank)
            {
                var estimate = (long)Math.Round(2 * Math.Pow(Gamma, i) / (Gamma + 1));
                return Math.Clamp(estimate, Math.Max(Min, 1), Max); // the extremes are known exactly
            }
        }
        return Max;
    }

    private static int IndexOf(long micros) =>
        Math.Min(BucketCount - 1, (int)Math.Ceiling(Math.Log(micros) / LogGamma));

    private static ushort[] BuildSmallIndex()
    {
        var table = new ushort[SmallValues];
        for (var v = 1; v < SmallValues; v++)
            table[v] = (ushort)IndexOf(v);
        return table;
    }
}
