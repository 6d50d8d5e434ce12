using System.Text;
using Analyzer.Detection;
using Analyzer.Inventory;
using Analyzer.Tests.Support;

namespace Analyzer.Tests.Parsers.ZpoolIostat;

/// <summary>Every ZFS/sos parser on hostile input: cut anywhere, binary noise, an enormous line. None throws.</summary>
public sealed class ZfsRobustnessTests
{
    public static TheoryData<string, string, string> Samples() => new()
    {
        { "zfs-arcstats", "Arcstats", "node_exporter_fixture_arcstats_0.7era.txt" },
        { "zfs-arcstat", "Arcstat", "arcstat_0.7_zfs_7922.txt" },
        { "zpool-iostat", "ZpoolIostat", "zfs_7694_iostat_yLlv.txt" },
        { "zpool-iostat", "ZpoolIostat", "zfs_pr4433_iostat_wp_latency_histogram_0.7.txt" },
        { "zfs-dbgmsg", "ZfsDbgmsg", "zfs_10411_dbgmsg_pre2.3.txt" },
        { "zfs-txgs", "ZfsDbgmsg", "zfs_2990_txgs_kstat.txt" },
    };

    private static IFormatParser Parser(string format) => ParserRegistry.Default.Single(p => p.Format == format);

    [Theory]
    [MemberData(nameof(Samples))]
    public void Cut_at_every_tenth_never_throws_and_never_invents_rows(string format, string folder, string sample)
    {
        var bytes = ParserRun.SampleBytes(folder, sample);
        var whole = ParserRun.Bytes(Parser(format), bytes, sample).Facts.Count;
        for (var i = 1; i < 10; i++)
        {
            var run = ParserRun.Bytes(Parser(format), bytes[..(bytes.Length * i / 10)], sample);
            Assert.True(run.Facts.Count <= Math.Max(whole, 12), $"{sample} cut at {i}/10 gave {run.Facts.Count} facts");
            Assert.True(run.Context.Status is InputStatus.Parsed or InputStatus.Partial or InputStatus.Failed);
        }
    }

    [Theory]
    [InlineData("zfs-arcstats")]
    [InlineData("zfs-arcstat")]
    [InlineData("zpool-iostat")]
    [InlineData("zfs-dbgmsg")]
    [InlineData("zfs-txgs")]
    [InlineData("sos-manifest")]
    public void Binary_noise_and_a_ten_megabyte_line_end_with_a_status(string format)
    {
        var noise = new byte[200_000];
        new Random(7).NextBytes(noise);
        var run = ParserRun.Bytes(Parser(format), noise, "noise");
        Assert.NotEqual(InputStatus.Parsed, run.Context.Status);

        var huge = new StringBuilder("6 1 0x01 2 100 1 2\nname type data\nhits 4 5\n").Append('x', 10_000_000).Append("\nmisses 4 5\nsize 4 5\n").ToString();
        var big = ParserRun.Text(Parser(format), huge, "huge");
        Assert.True(big.Facts.Count < 10);
    }
}
