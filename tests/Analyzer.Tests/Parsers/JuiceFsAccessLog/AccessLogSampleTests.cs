using Analyzer.Families.JuiceFs.Facts;
using Analyzer.Inventory;

namespace Analyzer.Tests.Parsers.JuiceFsAccessLog;

/// <summary>The real access-log lines of every version: each record is counted with its op, status and latency.</summary>
public sealed class AccessLogSampleTests
{
    [Fact]
    public void Current_form_reads_status_after_the_dash_and_joins_a_name_with_a_newline()
    {
        var h = AccessLogHarness.Sample("accesslog_v1.2plus_pr5588.txt");
        Assert.Equal(InputStatus.Parsed, h.Context.Status);
        var s = h.Summary;
        Assert.Equal("v1.2+", s.Variant);
        Assert.Equal(5, s.Records);
        Assert.Equal(1, s.KeepAlives);
        Assert.Equal(0, s.Malformed);
        Assert.Equal(1, s.Errors);
        var lookup = h.Op("lookup");
        Assert.Equal(1, lookup.Errors);
        Assert.Equal("ENOENT", lookup.TopErrno);
        Assert.Equal(AccessLogHarness.Us(831), lookup.Max);
        Assert.Equal(4, lookup.SlowestLine); // the record starts on line 4 and ends on line 5
        Assert.Contains("new⏎line", lookup.SlowestExcerpt);
        var create = h.Op("create");
        Assert.Equal(0, create.Errors);
        Assert.Equal(AccessLogHarness.Us(2459), create.Max);
        Assert.Equal(2, h.Op("getattr").Count);
        var errno = Assert.Single(h.Facts.OfType<JuiceFsAccessErrno>());
        Assert.Equal(("lookup", "ENOENT", "no such file or directory", 1L), (errno.Op, errno.Errno, errno.Status, errno.Count));
    }

    [Fact]
    public void Legacy_form_reads_status_before_the_result()
    {
        var h = AccessLogHarness.Sample("accesslog_v1.1_pr2649.txt");
        Assert.Equal("v1.0-1.1", h.Summary.Variant);
        Assert.Equal(9, h.Summary.Records);
        Assert.Equal(0, h.Summary.Errors);
        Assert.Equal(AccessLogHarness.Us(9445), h.Op("setlk").Max);
        Assert.Equal(AccessLogHarness.Us(225 + 54), h.Op("open").Total);
        Assert.Equal(2, h.Op("open").Count);
        var pids = h.Facts.OfType<JuiceFsAccessCaller>().Where(c => c.Kind == "pid").ToList();
        Assert.Equal("340780", pids[0].Id);
        Assert.Equal(6, pids[0].Count);
        Assert.Equal(9, pids.Sum(p => p.Count));
    }

    [Fact]
    public void Docs_lines_of_v1_0_give_second_scale_read_latencies()
    {
        var h = AccessLogHarness.Sample("accesslog_v1.0_docs.txt");
        Assert.Equal(AccessLogHarness.Us(1_385_073), h.Op("read").Max);
        Assert.Equal(3, h.Op("write").Count);
        var slow = h.Facts.OfType<JuiceFsAccessSlow>().OrderBy(x => x.Rank).First();
        Assert.Equal(("read", 5L), (slow.Op, slow.Line));
        Assert.Equal(5, slow.Provenance.Line);
    }

    [Fact]
    public void Hadoop_sdk_lines_keep_capitalised_ops_and_read_the_status_inside_the_result()
    {
        var h = AccessLogHarness.Sample("accesslog_hadoop_sdk_2116.txt");
        Assert.Equal("hadoop-sdk", h.Summary.Variant);
        Assert.Equal(["Close", "Open", "Pread", "Stat"], h.Ops.Select(o => o.Op).Order(StringComparer.Ordinal));
        Assert.Equal(0, h.Summary.Errors);
        Assert.Equal(AccessLogHarness.Us(15710), h.Op("Pread").Max);
    }

    [Fact]
    public void Every_sample_is_detected_by_content()
    {
        foreach (var name in new[] { "accesslog_v1.0_docs.txt", "accesslog_v1.1_pr2649.txt", "accesslog_v1.2plus_pr5588.txt", "accesslog_hadoop_sdk_2116.txt" })
            Assert.Equal(Detection.DetectionConfidence.ContentAtStart, AccessLogHarness.Detect(name, AccessLogHarness.SampleBytes(name)));
    }
}
