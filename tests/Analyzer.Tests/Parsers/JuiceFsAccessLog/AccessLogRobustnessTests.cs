using System.Text;
using Analyzer.Detection;
using Analyzer.Families.JuiceFs.Facts;
using Analyzer.Inventory;

namespace Analyzer.Tests.Parsers.JuiceFsAccessLog;

/// <summary>Names with spaces, parentheses and dashes; garbage; timelines; names; bounded callers.</summary>
public sealed class AccessLogRobustnessTests
{
    private const string Head = "2025.01.21 12:07:28.210770 [uid:501,gid:20,pid:1109] ";

    [Fact]
    public void Names_with_spaces_parentheses_and_dashes_are_read_from_the_right()
    {
        var h = AccessLogHarness.Run(
            Head + "lookup (1,a (copy) - b): no such file or directory <0.000100>\n" +
            Head + "lookup (1,x) - y): (5,[-rw-r--r--:0100644,1,0,0,1,1,1,0]) - OK <0.000200>\n" +
            Head + "unlink (1,report - final (2).txt) - input/output error <1.500000>\n");
        Assert.Equal(0, h.Summary.Malformed);
        var lookup = h.Op("lookup");
        Assert.Equal((2L, 1L, "ENOENT"), (lookup.Count, lookup.Errors, lookup.TopErrno));
        Assert.Equal(("EIO", TimeSpan.FromSeconds(1.5)), (h.Op("unlink").TopErrno, h.Op("unlink").Max));
        Assert.Equal("mixed", h.Summary.Variant);
    }

    [Fact]
    public void Garbage_lines_are_counted_and_the_file_is_partial()
    {
        var h = AccessLogHarness.Run("#\n" + Head + "getattr (1): (1) - OK <0.000010>\nnot a record\n" + Head + "read (1,2,3,4): (5) - OK <garbage>\n" + Head + "flush (1,2,0000000000000000) - OK <0.000020>\n");
        Assert.Equal(InputStatus.Partial, h.Context.Status);
        Assert.Equal(2, h.Summary.Records);
        Assert.Equal(2, h.Summary.Malformed); // "not a record", and the record with a bad latency (held, then abandoned)
    }

    [Fact]
    public void A_file_without_records_fails_with_a_reason()
    {
        var h = AccessLogHarness.Run("hello\nworld\n");
        Assert.Equal(InputStatus.Failed, h.Context.Status);
        Assert.Empty(h.Facts);
        Assert.Contains("no access-log record", h.Context.Problems[0]);
    }

    [Fact]
    public void A_huge_line_is_cut_and_reported()
    {
        var big = Head + "lookup (1," + new string('x', 200_000) + ") - OK <0.000100>\n" + Head + "getattr (1): (1) - OK <0.000010>\n";
        var h = AccessLogHarness.Run(big);
        Assert.Equal(InputStatus.Partial, h.Context.Status);
        Assert.Equal(1, h.Summary.Records);
        Assert.Contains(h.Context.Problems, p => p.Contains("over-long"));
    }

    [Fact]
    public void Timeline_buckets_per_second_and_coarsens_when_the_log_is_long()
    {
        var sb = new StringBuilder();
        var start = new DateTime(2025, 1, 21, 0, 0, 0);
        for (var i = 0; i < 2000; i++) // one record every 3 s: 6000 s, more than 512 one-second buckets
            sb.Append(start.AddSeconds(3 * i).ToString("yyyy.MM.dd HH:mm:ss")).Append(".000001 [uid:0,gid:0,pid:7] getattr (1): (1) - OK <0.000010>\n");
        var h = AccessLogHarness.Run(sb.ToString());
        var t = Assert.Single(h.Facts.OfType<JuiceFsAccessTimeline>());
        Assert.True(t.BucketSeconds >= 16, $"width {t.BucketSeconds}");
        Assert.True(t.Counts.Count <= 512);
        Assert.Equal(2000, t.Counts.Sum());
        Assert.Equal("2025-01-21T00:00:00", t.Start);
        Assert.Equal(TimeSpan.FromSeconds(3 * 1999), h.Summary.Span);
    }

    [Fact]
    public void Callers_beyond_the_top_go_to_other_and_counts_add_up()
    {
        var sb = new StringBuilder();
        for (var pid = 1; pid <= 300; pid++)
            for (var k = 0; k < (pid <= 3 ? 100 : 1); k++)
                sb.Append($"2025.01.21 12:00:00.000000 [uid:{pid % 5},gid:0,pid:{pid}] read (1,2,3,4): (4) - OK <0.000010>\n");
        var h = AccessLogHarness.Run(sb.ToString());
        var pids = h.Facts.OfType<JuiceFsAccessCaller>().Where(c => c.Kind == "pid").ToList();
        Assert.Equal(11, pids.Count); // top 10 + other
        Assert.Equal(["1", "2", "3"], pids.Take(3).Select(p => p.Id));
        Assert.All(pids.Take(3), p => Assert.Equal(100, p.Count));
        Assert.Equal(h.Summary.Records, pids.Sum(p => p.Count));
        Assert.Equal("other", pids[^1].Id);
    }

    [Theory]
    [InlineData("tmp-test1-20230609104324/test1.accesslog", DetectionConfidence.Name)]
    [InlineData("mnt/.accesslog", DetectionConfidence.Name)]
    [InlineData("logs/juicefs.access-log", DetectionConfidence.Name)]
    [InlineData("notes.txt", DetectionConfidence.None)]
    public void Names_are_a_second_opinion(string path, DetectionConfidence expected) =>
        Assert.Equal(expected, AccessLogHarness.Detect(path, "nothing here yet\n"u8.ToArray()));

    [Fact]
    public void A_client_log_is_not_an_access_log() =>
        Assert.Equal(DetectionConfidence.None, AccessLogHarness.Detect("juicefs.log", "2022/11/10 11:35:53.662024 juicefs[24404] <INFO>: Meta address: sqlite3://myjfs.db [interface.go:402]\n"u8.ToArray()));
}
