using System.Text;
using Analyzer.Inventory;
using static Analyzer.Tests.Parsers.LustreDebug.DkHarness;

namespace Analyzer.Tests.Parsers.LustreDebug;

public sealed class DkRobustnessTests
{
    [Fact]
    public void A_binary_dump_is_unrecognized_with_the_conversion_command()
    {
        var dump = BinaryRecord(0x100, 0x400, 1773136857, 2817, "client.c", "ptlrpc_expire_one_request", "@@@ Request sent has timed out\n");
        var run = Run(dump, "tmp/lustre-log.1773136857.2817");
        Assert.Equal(InputStatus.Unrecognized, run.Context.Status);
        Assert.Empty(run.Facts);
        Assert.Contains(run.Context.Problems, p => p.Contains("lctl debug_file", StringComparison.Ordinal));
    }

    [Fact]
    public void Text_without_records_is_unrecognized_and_says_why()
    {
        var run = Run("just a note\n", "lustre-log.txt");
        Assert.Equal(InputStatus.Unrecognized, run.Context.Status);
        Assert.Contains(run.Context.Problems, p => p.Contains("no `lctl dk` records", StringComparison.Ordinal));
        var summaryOnly = Run("Debug log: 0 lines, 0 kept, 0 dropped, 0 bad.\n");
        Assert.Equal(InputStatus.Unrecognized, summaryOnly.Context.Status);
        Assert.Contains(summaryOnly.Context.Problems, p => p.Contains("summary only", StringComparison.Ordinal));
    }

    [Fact]
    public void An_over_long_record_is_cut_and_the_capture_is_partial()
    {
        var text = "00000100:00020000:0.0:1773136800.000000:0:1:0:(a.c:1:f()) " + new string('x', 200_000) + " rc = -5\n"
                 + "00000100:00100000:0.0:1773136801.000000:0:1:0:(a.c:1:f()) after\n";
        var run = Run(text);
        Assert.Equal(InputStatus.Partial, run.Context.Status);
        Assert.Equal(2L, run.Log.Records);
        Assert.Equal(1L, run.Log.ErrorRecords);
        Assert.True(run.Log.LastRecordText.Length <= 200);
    }

    [Fact]
    public void Error_groups_are_bounded_and_the_overflow_is_counted()
    {
        var text = new StringBuilder();
        for (var i = 0; i < 300; i++)
            text.Append($"00000100:00020000:0.0:1773136800.{i:D6}:0:1:0:(a.c:1:f()) fs{i}-OST0001-osc-ffff: failed rc = -5\n");
        var run = Run(text.ToString());
        Assert.Equal(256, run.Errors.Count);
        Assert.Equal(44L, run.Log.UngroupedErrors);
        Assert.Equal(300L, run.Log.ErrorRecords);
        Assert.Equal(InputStatus.Partial, run.Context.Status);
    }

    [Fact]
    public void Garbled_bytes_in_a_record_are_replaced_and_reported()
    {
        var bytes = Encoding.UTF8.GetBytes("00000100:00100000:0.0:1773136800.000000:0:1:0:(a.c:1:f()) bad \u00ff\n").ToList();
        bytes.InsertRange(bytes.Count - 2, new byte[] { 0xC3, 0x28 });
        var run = Run(bytes.ToArray());
        Assert.Equal(1L, run.Log.Records);
        Assert.Equal(InputStatus.Partial, run.Context.Status);
    }
}
