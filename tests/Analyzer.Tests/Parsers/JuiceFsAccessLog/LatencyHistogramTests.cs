using Analyzer.Families.JuiceFs.Parsers.JuiceFsAccessLog;

namespace Analyzer.Tests.Parsers.JuiceFsAccessLog;

/// <summary>
/// The histogram's quantiles agree with an exact sort-based nearest-rank computation within the stated relative
/// error, on random data of several shapes, and still after merging.
/// </summary>
public sealed class LatencyHistogramTests
{
    private static readonly double[] Quantiles = [0.01, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99, 0.999, 1.0];

    public static TheoryData<string, int> Distributions() => new()
    {
        { "uniform", 1 }, { "uniform", 2 }, { "lognormal", 3 }, { "lognormal", 4 }, { "exponential", 5 },
        { "pareto", 6 }, { "bimodal", 7 }, { "constant", 8 }, { "tiny", 9 }, { "zeros", 10 },
    };

    [Theory]
    [MemberData(nameof(Distributions))]
    public void Quantiles_are_within_the_relative_error_bound(string shape, int seed)
    {
        var values = Generate(shape, seed, 20_000);
        var h = new LatencyHistogram();
        foreach (var v in values) h.Add(v);
        AssertWithinBound(values, h);
    }

    [Theory]
    [MemberData(nameof(Distributions))]
    public void Merged_histograms_keep_the_bound(string shape, int seed)
    {
        var a = Generate(shape, seed, 7_000);
        var b = Generate("lognormal", seed + 100, 5_000);
        var ha = new LatencyHistogram();
        var hb = new LatencyHistogram();
        foreach (var v in a) ha.Add(v);
        foreach (var v in b) hb.Add(v);
        ha.Merge(hb);
        AssertWithinBound([.. a, .. b], ha);
    }

    [Fact]
    public void An_empty_histogram_answers_zero() => Assert.Equal(0, new LatencyHistogram().Quantile(0.99));

    private static void AssertWithinBound(long[] values, LatencyHistogram h)
    {
        var sorted = values.Order().ToArray();
        Assert.Equal(sorted.Length, h.Count);
        Assert.Equal(sorted[^1], h.Max);
        foreach (var q in Quantiles)
        {
            var rank = Math.Max(1, (long)Math.Ceiling(q * sorted.Length));
            var exact = sorted[rank - 1];
            var estimate = h.Quantile(q);
            // Whole microseconds: rounding the estimate adds at most half a microsecond.
            var allowed = LatencyHistogram.RelativeError * exact + 0.5;
            Assert.True(Math.Abs(estimate - exact) <= allowed, $"q={q}: exact {exact}, estimate {estimate}, allowed ±{allowed:F2}");
        }
    }

    private static long[] Generate(string shape, int seed, int n)
    {
        var rng = new Random(seed);
        double Normal() => Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
        return Enumerable.Range(0, n).Select(_ => shape switch
        {
            "uniform" => rng.NextInt64(1, 2_000_000),
            "lognormal" => (long)Math.Exp(6 + 2.5 * Normal()),
            "exponential" => (long)(-Math.Log(1 - rng.NextDouble()) * 5_000),
            "pareto" => (long)(50 / Math.Pow(1 - rng.NextDouble(), 1 / 1.2)),
            "bimodal" => rng.NextDouble() < 0.95 ? rng.NextInt64(100, 400) : rng.NextInt64(1_000_000, 30_000_000),
            "constant" => 4242,
            "tiny" => rng.NextInt64(0, 20),
            "zeros" => rng.NextDouble() < 0.6 ? 0 : rng.NextInt64(1, 100_000_000_000),
            _ => throw new ArgumentException(shape),
        }).Select(v => Math.Max(0, v)).ToArray();
    }
}
