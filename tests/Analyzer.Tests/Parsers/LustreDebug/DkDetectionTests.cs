using System.Text;
using Analyzer.Detection;
using static Analyzer.Tests.Parsers.LustreDebug.DkHarness;

namespace Analyzer.Tests.Parsers.LustreDebug;

public sealed class DkDetectionTests
{
    private const string Record = "00000100:00100000:0.0F:1773136800.000113:0:2817:0:(client.c:1745:ptlrpc_send_new_req()) Sending RPC\n";

    [Fact]
    public void A_record_on_the_first_line_is_content_at_start()
    {
        Assert.Equal(DetectionConfidence.ContentAtStart, Detect("x.txt", Record));
        Assert.Equal(DetectionConfidence.ContentAtStart, Detect("x.txt", "Debug log: 1 lines, 1 kept, 0 dropped, 0 bad.\n" + Record));
    }

    [Fact]
    public void Lustre_1_8_records_without_a_buffer_type_are_recognised()
    {
        Assert.Equal(DetectionConfidence.ContentAtStart, Detect("x", "00000100:00000400:3:1273568130.123456:0:2817:0:(client.c:1456:ptlrpc_expire_one_request()) @@@ timeout\n"));
    }

    [Fact]
    public void Records_after_other_text_are_content()
    {
        Assert.Equal(DetectionConfidence.Content, Detect("x", "== lctl dk on client01 ==\n" + Record));
        Assert.Equal(DetectionConfidence.Content, Detect("x", SampleBytes("dk_lines_from_lustre_commit_messages.txt")));
    }

    [Fact]
    public void Console_messages_and_other_text_are_not_claimed()
    {
        Assert.Equal(DetectionConfidence.None, Detect("dmesg.txt", SampleBytes("console_messages_lustre_lnet.txt")));
        Assert.Equal(DetectionConfidence.None, Detect("x", "# tracer: nop\n#\n"));
        Assert.Equal(DetectionConfidence.None, Detect("x", "00000100:00100000:0.0:17731.1:0:1:0:(a.c:1:f()) short usec\n"));
    }

    [Fact]
    public void Binary_dumps_are_claimed_by_content_and_named_blobs_by_name()
    {
        var dump = BinaryRecord(0x100, 0x400, 1773136857, 2817, "client.c", "ptlrpc_expire_one_request", "@@@ Request sent has timed out\n")
            .Concat(BinaryRecord(0x20, 0x20000, 1773136858, 2817, "genops.c", "class_fail_export", "evicting\n")).ToArray();
        Assert.Equal(DetectionConfidence.ContentAtStart, Detect("dump.bin", dump));
        var noise = new byte[512];
        new Random(7).NextBytes(noise);
        noise[0] = 0;
        Assert.Equal(DetectionConfidence.Name, Detect("tmp/lustre-log.1773136857.2817", noise));
        Assert.Equal(DetectionConfidence.None, Detect("blob.bin", noise));
    }

    [Fact]
    public void A_text_file_named_like_a_dump_is_claimed_by_name()
    {
        Assert.Equal(DetectionConfidence.Name, Detect("lustre-log.txt", Encoding.UTF8.GetBytes("nothing here\n")));
    }
}
