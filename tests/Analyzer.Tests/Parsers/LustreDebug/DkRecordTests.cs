using Analyzer.Inventory;
using static Analyzer.Tests.Parsers.LustreDebug.DkHarness;

namespace Analyzer.Tests.Parsers.LustreDebug;

/// <summary>The record layouts print_rec writes, and the wrapping around them (summary, continuations, headers).</summary>
public sealed class DkRecordTests
{
    [Fact]
    public void Sample_records_are_read_with_their_layout_times_and_masks()
    {
        var run = Run(SampleBytes("dk_lines_from_lustre_commit_messages.txt"));
        var log = run.Log;
        Assert.Equal("2.x", log.Layout);
        // Unwrapped records: 5b872613b1, 02603e5f84 (its first record), ll_inode_revalidate, ldlm_bl_get_work.
        // The hard-wrapped copies in the commit text start with a '#' note or spaces, so they are not records.
        Assert.Equal(4, log.Records);
        Assert.Equal("2012-11-25T10:16:56.328831Z", log.FirstTime);
        Assert.Equal("2026-03-29T21:36:44.815885Z", log.LastTime);
        Assert.Equal(InputStatus.Partial, run.Context.Status); // the annotation lines before the first record
        Assert.Contains(run.Counts, c => c.Subsystem == "ldlm" && c.Mask == "rpctrace" && c.Count == 1);
        Assert.Contains(run.Counts, c => c.Subsystem == "mds" && c.Mask == "ha" && c.Count == 1);
        Assert.Contains(run.Counts, c => c.Subsystem == "llite" && c.Mask == "vfstrace");
        Assert.Contains(run.Counts, c => c.Subsystem == "ldlm" && c.Mask == "dlmtrace");
        Assert.Empty(run.Errors);
    }

    [Fact]
    public void Lustre_1_8_layout_is_told_apart()
    {
        var run = Run("00000100:00000400:3:1273568130.123456:0:2817:0:(client.c:1456:ptlrpc_expire_one_request()) @@@ Request sent has timed out for slow reply: [sent 1273568100] req@ffff810060b2c800 x1335/t0 o400->lustre-OST0001_UUID@10.0.0.2@tcp:28/4 lens 192/384 e 0 to 1 dl 1273568130 ref 1 fl Rpc:N/0/0 rc 0/0\n");
        Assert.Equal(InputStatus.Parsed, run.Context.Status);
        Assert.Equal("1.8", run.Log.Layout);
        var timeout = run.Error("rpc-timeout");
        Assert.Equal(("lustre-OST0001", "10.0.0.2@tcp", 400L, "OBD_PING"), (timeout.Target, timeout.Nid, timeout.Opcode!.Value, timeout.Operation));
        Assert.Equal(TimeSpan.FromSeconds(30), timeout.MaxWait);
    }

    [Fact]
    public void Summary_trailer_and_header_are_read_in_both_lctl_wordings()
    {
        var rec = "00000100:00100000:0.0:1773136800.000113:0:2817:0:(client.c:1745:ptlrpc_send_new_req()) Sending RPC\n";
        var trailer = Run(rec + "Debug log: 11 lines, 1 kept, 10 dropped, 0 bad.\n").Log;
        Assert.Equal((11L, 1L, 10L, 0L), (trailer.SummaryLines!.Value, trailer.SummaryKept!.Value, trailer.SummaryDropped!.Value, trailer.SummaryBad!.Value));
        var old = Run("Debug log: 2 lines, 2 kept, 0 dropped.\n" + rec).Log;
        Assert.Equal((2L, 2L, 0L), (old.SummaryLines!.Value, old.SummaryKept!.Value, old.SummaryDropped!.Value));
        Assert.Null(old.SummaryBad);
        Assert.Null(Run(rec).Log.SummaryLines);
    }

    [Fact]
    public void Lines_without_a_header_continue_the_record_before()
    {
        var run = Run(
            "00000100:00020000:1.0:1773136800.000100:0:4477:0:(niobuf.c:780:ptl_send_rpc()) first line of a message\n" +
            "second line of the same message\n" +
            "\n" +
            "00000100:00100000:1.0:1773136800.000200:0:4477:0:(client.c:1745:ptlrpc_send_new_req()) next record\n");
        Assert.Equal(InputStatus.Parsed, run.Context.Status);
        Assert.Equal((2L, 2L, 0L), (run.Log.Records, run.Log.ContinuationLines, run.Log.BadLines));
        Assert.Equal((1L, 4L, "next record"), (run.Log.ErrorRecords, run.Log.LastRecordLine, run.Log.LastRecordText));
    }

    [Fact]
    public void Longest_gap_and_span_come_from_record_times()
    {
        var run = Run(
            "00000100:00100000:0.0:1773136800.000000:0:1:0:(a.c:1:f()) a\n" +
            "00000100:00100000:0.0:1773136801.500000:0:1:0:(a.c:1:f()) b\n" +
            "00000100:00100000:0.0:1773136845.500000:0:1:0:(a.c:1:f()) c\n" +
            "00000100:00100000:0.0:1773136802.000000:0:1:0:(a.c:1:f()) next batch starts earlier\n");
        Assert.Equal(TimeSpan.FromSeconds(45.5), run.Log.Span);
        Assert.Equal((TimeSpan.FromSeconds(44), 3L), (run.Log.LongestGap, run.Log.LongestGapLine));
    }

    [Fact]
    public void Combined_and_unknown_masks_and_subsystems_are_named()
    {
        var run = Run(
            "00000100:02000400:0.0:1773136800.000000:0:1:0:(import.c:375:ptlrpc_set_import_discon()) x\n" +
            "00000003:00000000:0.0:1773136800.000001:0:1:0:(a.c:1:f()) y\n");
        Assert.Contains(run.Counts, c => c.Subsystem == "rpc" && c.Mask == "warning|console" && !c.Error);
        Assert.Contains(run.Counts, c => c.Subsystem == "00000003" && c.Mask == "0");
        Assert.Equal(1L, run.Log.WarningRecords);
    }
}
