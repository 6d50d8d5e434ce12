using System.Text;
using Analyzer.Detection;
using Analyzer.Families.JuiceFs.Facts;
using Analyzer.Inventory;
using Analyzer.Families.JuiceFs.Parsers.JuiceFsStats;
using Analyzer.Parsing;
using Analyzer.Rules.Facts;

namespace Analyzer.Tests.Parsers.JuiceFsStats;

/// <summary>`.stats` snapshots: histogram `_total`/`_sum` lines per method summed, counters read, junk reported.</summary>
public sealed class StatsParserTests
{
    private const string Snapshot =
        "juicefs_uptime 236.418203\n" +
        "juicefs_fuse_ops_durations_histogram_seconds_total 5321\n" +
        "juicefs_fuse_ops_durations_histogram_seconds_sum 412.83\n" +
        "juicefs_meta_ops_durations_histogram_seconds_Lookup_total 100\n" +
        "juicefs_meta_ops_durations_histogram_seconds_Lookup_sum 0.5\n" +
        "juicefs_meta_ops_durations_histogram_seconds_GetAttr_total 50\n" +
        "juicefs_meta_ops_durations_histogram_seconds_GetAttr_sum 0.25\n" +
        "juicefs_object_request_durations_histogram_seconds_GET_total 611\n" +
        "juicefs_object_request_durations_histogram_seconds_GET_sum 2941.7\n" +
        "juicefs_object_request_durations_histogram_seconds_PUT_total 97\n" +
        "juicefs_object_request_durations_histogram_seconds_PUT_sum 88.2\n" +
        "juicefs_object_request_errors 58\n" +
        "juicefs_object_request_data_bytes_GET 2562719744\n" +
        "juicefs_fuse_read_size_bytes_total 1170\n" +
        "juicefs_fuse_read_size_bytes_sum 178257920\n" +
        "juicefs_blockcache_hits 1410\n" +
        "juicefs_blockcache_hit_bytes 184811520\n" +
        "juicefs_blockcache_miss 611\n" +
        "juicefs_transaction_restart 4\n";

    [Fact]
    public void A_snapshot_sums_every_series_of_a_histogram()
    {
        var (stats, context) = Parse(Snapshot);
        Assert.Equal(InputStatus.Parsed, context.Status);
        Assert.Equal(19, stats.Metrics);
        Assert.Equal("tmp-jfs", stats.Directory);
        Assert.Equal(TimeSpan.FromSeconds(236.418203), stats.Uptime);
        Assert.Equal((5321.0, 412.83), (stats.FuseOps, stats.FuseSeconds));
        Assert.Equal((150.0, 0.75), (stats.MetaOps, stats.MetaSeconds));
        Assert.Equal(708.0, stats.ObjectRequests);
        Assert.Equal(3029.9, stats.ObjectSeconds, 6);
        Assert.Equal(58.0, stats.ObjectErrors);
        Assert.Equal(178257920.0, stats.ReadBytes);
        Assert.Equal((1410.0, 611.0, 4.0), (stats.CacheHits, stats.CacheMisses, stats.TransactionRestarts));
    }

    [Fact]
    public void Old_dotted_names_are_read_and_junk_makes_the_file_partial()
    {
        var (stats, context) = Parse("juicefs.uptime 10\njuicefs.object_request_errors 2\nnot a metric\n");
        Assert.Equal(InputStatus.Partial, context.Status);
        Assert.Equal(2.0, stats.ObjectErrors);
    }

    [Fact]
    public void A_file_without_metrics_fails()
    {
        var facts = new List<IFact>();
        using var stream = new MemoryStream("hello\n"u8.ToArray());
        var context = new ParseContext("stats.txt", stream, facts.Add);
        new JuiceFsStatsParser().Parse(context);
        Assert.Equal(InputStatus.Failed, context.Status);
        Assert.Empty(facts);
    }

    [Theory]
    [InlineData("x/stats.txt", "juicefs_uptime 1\njuicefs_memory 2\n", DetectionConfidence.ContentAtStart)]
    [InlineData("notes.txt", "juicefs_uptime 1\njuicefs_memory 2\n", DetectionConfidence.ContentAtStart)]
    [InlineData("x/stats.5s.txt", "cut off\n", DetectionConfidence.Name)]
    [InlineData("x/other.txt", "uptime 1\n", DetectionConfidence.None)]
    public void Detection(string path, string text, DetectionConfidence expected)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        Assert.Equal(expected, new JuiceFsStatsParser().Detect(new EntryProbe(path, bytes, true)));
    }

    private static (JuiceFsStatsSnapshot Stats, ParseContext Context) Parse(string text)
    {
        var facts = new List<IFact>();
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        var context = new ParseContext("tmp-jfs/stats.txt", stream, facts.Add);
        new JuiceFsStatsParser().Parse(context);
        return (Assert.Single(facts.OfType<JuiceFsStatsSnapshot>()), context);
    }
}
