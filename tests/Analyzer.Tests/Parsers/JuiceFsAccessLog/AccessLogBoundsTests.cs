using System.Text;
using Analyzer.Families.JuiceFs.Facts;
using Analyzer.Families.JuiceFs.Parsers.JuiceFsAccessLog;

namespace Analyzer.Tests.Parsers.JuiceFsAccessLog;

/// <summary>
/// Memory is bounded by design: every table the parser keeps has a cap that hostile input (endless distinct ops,
/// statuses, pids, a long time span) reaches without growing past it. Checked through the facts, not timed.
/// </summary>
public sealed class AccessLogBoundsTests
{
    [Fact]
    public void Distinct_ops_statuses_and_callers_stay_within_their_caps()
    {
        var sb = new StringBuilder();
        var start = new DateTime(2025, 1, 1);
        for (var i = 0; i < 20_000; i++)
            sb.Append(start.AddSeconds(i * 7).ToString("yyyy.MM.dd HH:mm:ss"))
              .Append($".000000 [uid:{i},gid:0,pid:{i}] op{i % 1000} (1) - weird error {i % 100} <0.{i % 1000000:000000}>\n");
        var h = AccessLogHarness.Run(sb.ToString());
        Assert.Equal(20_000, h.Summary.Records);
        Assert.Equal(AccessLogAggregator.MaxOps + 1, h.Ops.Count); // 256 named + "(other)"
        Assert.Contains(h.Ops, o => o.Op == "(other)");
        Assert.All(h.Ops, o => Assert.True(h.Facts.OfType<JuiceFsAccessErrno>().Count(e => e.Op == o.Op) <= OpAccumulator.MaxErrorKinds));
        Assert.Equal(h.Summary.Records, h.Ops.Sum(o => o.Count));
        Assert.Equal(AccessLogAggregator.SlowestKept, h.Facts.OfType<JuiceFsAccessSlow>().Count());
        Assert.Equal(AccessLogAggregator.CallersReported + 1, h.Facts.OfType<JuiceFsAccessCaller>().Count(c => c.Kind == "pid"));
        var timeline = Assert.Single(h.Facts.OfType<JuiceFsAccessTimeline>());
        Assert.True(timeline.Counts.Count <= RateSeries.MaxBuckets);
        Assert.Equal(20_000, timeline.Counts.Sum());
    }

    [Fact]
    public void A_name_with_newlines_that_never_ends_is_abandoned_at_the_cap()
    {
        var sb = new StringBuilder("2025.01.21 12:07:31.662985 [uid:0,gid:0,pid:1] lookup (1,start\n");
        for (var i = 0; i < 20_000; i++) sb.Append("more name text without an end\n");
        sb.Append("2025.01.21 12:07:32.000000 [uid:0,gid:0,pid:1] getattr (1): (1) - OK <0.000010>\n");
        var h = AccessLogHarness.Run(sb.ToString());
        Assert.Equal(1, h.Summary.Records);
        Assert.True(h.Summary.Malformed >= 1);
    }
}
