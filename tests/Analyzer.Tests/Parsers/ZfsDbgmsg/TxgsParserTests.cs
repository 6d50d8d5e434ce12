using Analyzer.Detection;
using Analyzer.Families.Zfs.Facts;
using Analyzer.Inventory;
using Analyzer.Families.Zfs.Parsers.ZfsDbgmsg;
using Analyzer.Tests.Support;

namespace Analyzer.Tests.Parsers.ZfsDbgmsg;

/// <summary>The per-pool txgs kstat: sync times, open times, gaps, and a txg stuck syncing.</summary>
public sealed class TxgsParserTests
{
    private static readonly TxgsParser Parser = new();

    [Fact]
    public void Real_txgs_rows_give_sync_and_open_times()
    {
        var bytes = ParserRun.SampleBytes("ZfsDbgmsg", "zfs_2990_txgs_kstat.txt");
        var run = ParserRun.Bytes(Parser, bytes, "proc/spl/kstat/zfs/tank/txgs");
        Assert.Equal(InputStatus.Parsed, run.Context.Status);
        var t = run.Single<ZfsTxgSync>();
        Assert.Equal(("txgs", "tank", 2L), (t.Origin, t.Pool, t.Txgs));
        Assert.Equal(TimeSpan.FromTicks(690261 / 100), t.MaxSync);
        Assert.Equal(11656079, t.SlowestTxg);
        Assert.Equal(TimeSpan.FromTicks(5000133897 / 100), t.MaxOpen);
        Assert.Equal(TimeSpan.FromTicks((708242906123407 - 708237905989510) / 100), t.MaxGap);
        Assert.Equal(4, t.Provenance.Line);
    }

    [Fact]
    public void A_txg_still_syncing_counts_with_the_time_since_its_sync_began()
    {
        var text = "9 0 0x01 3 500 1000 700000000000\ntxg birth state ndirty nread nwritten reads writes otime qtime wtime stime\n"
                 + "10 100000000000 C 1000 0 0 0 0 5000000000 1000 1000 2000000000\n"
                 + "11 105000000000 S 9000 0 0 0 0 5000000000 1000 1000 0\n"
                 + "12 110000000000 O 0 0 0 0 0 0 0 0 0\n";
        var t = ParserRun.Text(Parser, text, "kstat/zfs/big/txgs").Single<ZfsTxgSync>();
        Assert.Equal(11, t.SlowestTxg);
        Assert.Equal(TimeSpan.FromTicks((700000000000 - 105000000000 - 5000000000 - 2000) / 100), t.MaxSync);
        Assert.Equal(TimeSpan.FromSeconds(2), t.MeanSync);
        Assert.Equal(9000, t.MaxDirty);
    }

    [Fact]
    public void Garbage_fails_and_detection_needs_the_header()
    {
        Assert.Equal(InputStatus.Failed, ParserRun.Text(Parser, "hello\n").Context.Status);
        Assert.Equal(DetectionConfidence.ContentAtStart, ParserRun.Detect(Parser, "x", "txg      birth            state ndirty       nread        nwritten     reads    writes   otime        qtime        wtime        stime\n"));
        Assert.Equal(DetectionConfidence.None, ParserRun.Detect(Parser, "x", "txg is a word\n"));
    }
}
