using Analyzer.Detection;
using Analyzer.Inventory;

namespace Analyzer.Tests.Parsers.JuiceFsClientLog;

/// <summary>Every line shape of the client log, and warnings/errors grouped into classified bursts.</summary>
public sealed class ClientLogParserTests
{
    [Fact]
    public void The_docs_sample_reads_every_message_with_and_without_locations()
    {
        var h = ClientLogHarness.Run(ClientLogHarness.SampleText("client_log_pre1.3_docs.txt"));
        Assert.Equal(InputStatus.Parsed, h.Context.Status);
        var s = h.Summary;
        Assert.Equal(10, s.Messages);
        Assert.Equal((1L, 6L, 0L, 1L, 2L), (s.Debug, s.Info, s.Warnings, s.Errors, s.Fatals));
        Assert.Equal("file", s.Variant); // messages without a location occur in every version; the richest style names it
        Assert.Equal("sqlite3", s.MetaEngine); // the last `Meta address:`
        var error = Assert.Single(h.Bursts, b => b.Level == "ERROR");
        Assert.Equal(9, error.FirstLine);
        Assert.Equal("can't find block {path} for file {path}: stat {path}: no such file or directory", error.Pattern);
        Assert.DoesNotContain("[fsck.go:146]", error.Message);
        Assert.Contains(h.Bursts, b => b.Level == "FATAL" && b.Pattern == "# sessions are active, please disconnect them first");
    }

    [Fact]
    public void Blank_lines_before_the_first_message_lose_nothing()
    {
        // A section of a head/cat paste reaches the parser padded with empty lines, so its line numbers stay the file's.
        var h = ClientLogHarness.Run("\n\n \n" + ClientLogHarness.SampleText("client_log_pre1.3_docs.txt"));
        Assert.Equal(InputStatus.Parsed, h.Context.Status);
        Assert.Equal(10, h.Summary.Messages);
        var partial = ClientLogHarness.Run("not a log line\n" + ClientLogHarness.SampleText("client_log_pre1.3_docs.txt"));
        Assert.Equal(InputStatus.Partial, partial.Context.Status);
    }

    [Fact]
    public void Method_locations_log_ids_and_colours_are_understood()
    {
        var h = ClientLogHarness.Run(
            "[mnt-a] 2025/03/01 10:00:00.000001 juicefs[77] <\u001b[1;33mWARNING\u001b[0m>: slow transaction: 3.2s [txn@tkv.go:120]\n" +
            "[mnt-a] 2025/03/01 10:00:01.000001 juicefs[77] <\u001b[1;31mERROR\u001b[0m>: upload chunks/0/1/1063_0_4194304: timeout [upload@cached_store.go:400] map[retry:3]\n");
        var s = h.Summary;
        Assert.Equal("method", s.Variant);
        Assert.Equal((1L, 1L), (s.Warnings, s.Errors));
        var upload = Assert.Single(h.Bursts, b => b.Level == "ERROR");
        Assert.Equal("object-storage", upload.Component);
        Assert.Equal("upload {path}: timeout", upload.Pattern);
        Assert.Equal("metadata-engine", Assert.Single(h.Bursts, b => b.Level == "WARNING").Component);
    }

    [Fact]
    public void Repeats_with_different_numbers_group_into_one_burst_with_a_peak_per_minute()
    {
        var lines = string.Concat(Enumerable.Range(0, 30).Select(i =>
            $"2025/03/01 10:{i / 20:00}:{i % 20:00}.000000 juicefs[9] <WARNING>: GET chunks/0/{i}/{1000 + i}_0_4194304 (req_id: \"17A{i:X}\", err: RequestTimeout: timed out after {i}s): 503 [cached_store.go:{100 + i}]\n"));
        var h = ClientLogHarness.Run(lines);
        var burst = Assert.Single(h.Bursts);
        Assert.Equal((30L, 20L), (burst.Count, burst.PeakPerMinute));
        Assert.Equal("object-storage", burst.Component);
        Assert.Equal((1L, 30L), (burst.FirstLine, burst.LastLine));
        Assert.Equal(TimeSpan.FromSeconds(69), burst.Span);
    }

    [Theory]
    [InlineData("redis: connection pool timeout", "metadata-engine")]
    [InlineData("dial tcp 10.0.0.5:6379: connect: connection refused", "metadata-engine")]
    [InlineData("Transaction failed, restart it (tried 3): write conflict", "metadata-engine")]
    [InlineData("update session: context deadline exceeded", "metadata-engine")]
    [InlineData("PUT chunks/1/2/3_0_4194304 failed: AccessDenied", "object-storage")]
    [InlineData("read from s3: connection reset by peer", "object-storage")]
    [InlineData("dial tcp 10.0.0.9:9000: i/o timeout", "object-storage")]
    [InlineData("input/output error while loss of data", "other")]
    [InlineData("fuse: write to closed pipe", "other")]
    public void Components_are_told_apart(string message, string component)
    {
        var h = ClientLogHarness.Run($"2025/03/01 10:00:00.000000 juicefs[9] <ERROR>: {message} [x.go:1]\n");
        Assert.Equal(component, Assert.Single(h.Bursts).Component);
    }

    [Fact]
    public void Continuation_lines_belong_to_the_message_and_help_classify_it()
    {
        var h = ClientLogHarness.Run(
            "2025/03/01 10:00:00.000000 juicefs[9] <ERROR>: write inode 5 failed:\n" +
            "  caused by: tikv: region is unavailable\n" +
            "2025/03/01 10:00:01.000000 juicefs[9] <INFO>: slow operation: read (5,131072,0): OK <12.000000>\n");
        Assert.Equal(2, h.Summary.Messages);
        Assert.Equal(1, h.Summary.SlowOperations);
        Assert.Equal("metadata-engine", Assert.Single(h.Bursts).Component);
    }

    [Fact]
    public void Text_without_messages_fails_and_leading_lines_make_it_partial()
    {
        Assert.Equal(InputStatus.Failed, ClientLogHarness.Run("hello\n").Context.Status);
        var h = ClientLogHarness.Run("tail of an earlier message\n2025/03/01 10:00:00.000000 juicefs[9] <INFO>: ok\n");
        Assert.Equal(InputStatus.Partial, h.Context.Status);
        Assert.Equal(1, h.Summary.Messages);
    }

    [Fact]
    public void Detection_by_content_then_by_name()
    {
        Assert.Equal(DetectionConfidence.ContentAtStart, ClientLogHarness.Detect("x.txt", "2022/01/26 21:41:37.577645 juicefs[31181] <INFO>: Meta address: redis://127.0.0.1:6379\n"));
        Assert.Equal(DetectionConfidence.ContentAtStart, ClientLogHarness.Detect("x.txt", "[abc] 2022/01/26 21:41:37.577645 juicefs[31181] <\u001b[1;34mINFO\u001b[0m>: x [main.go:1]\n"));
        // One line above the first message may be the fragment a paste cut mid-line: still the start. Two are not.
        Assert.Equal(DetectionConfidence.ContentAtStart, ClientLogHarness.Detect("x.txt", "ess: redis://x [interface.go:504]\n2022/01/26 21:41:37.577645 juicefs[31181] <INFO>: x\n"));
        Assert.Equal(DetectionConfidence.Content, ClientLogHarness.Detect("x.txt", "junk\nmore junk\n2022/01/26 21:41:37.577645 juicefs[31181] <INFO>: x\n"));
        Assert.Equal(DetectionConfidence.Name, ClientLogHarness.Detect("debug/juicefs.log", "cut\n"));
        Assert.Equal(DetectionConfidence.None, ClientLogHarness.Detect("a.log", "2025.01.21 12:07:28.210770 [uid:501,gid:20,pid:1109] getattr (1): (1) - OK <0.000670>\n"));
    }

    [Fact]
    public void Distinct_patterns_beyond_the_table_are_counted_not_kept()
    {
        var words = new[] { "alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet", "kilo", "lima", "mike", "november", "oscar", "papa", "quebec", "romeo", "sierra", "tango" };
        var text = string.Concat(Enumerable.Range(0, 400).Select(i =>
            $"2025/03/01 10:00:00.000000 juicefs[9] <ERROR>: failure {words[i % 20]} {words[i / 20 % 20]} happened [x.go:1]\n"));
        var h = ClientLogHarness.Run(text);
        Assert.Equal(Analyzer.Families.JuiceFs.Parsers.JuiceFsClientLog.ClientLogAggregator.ReportedPatterns, h.Bursts.Count);
        Assert.Equal(400, h.Summary.Patterns);
        Assert.Equal(InputStatus.Partial, h.Context.Status);
        Assert.Contains(h.Context.Problems, p => p.Contains("distinct warning/error patterns"));
    }

    [Fact]
    public void A_log_whose_first_line_a_paste_cut_is_still_a_client_log_not_the_go_dump_inside_it()
    {
        var text = Analyzer.Tests.Support.HostParse.SampleText("JuiceFsClientLog", "client_log_panic_first_line_cut.txt");
        Assert.Equal("juicefs-log", Analyzer.Tests.Support.HostParse.Winner("juicefs.log", text));
    }
}
