using Analyzer.Detection;
using Analyzer.Families.Zfs.Facts;
using Analyzer.Inventory;
using Analyzer.Families.Zfs.Parsers.ZfsDbgmsg;
using Analyzer.Tests.Support;

namespace Analyzer.Tests.Parsers.ZfsDbgmsg;

/// <summary>dbgmsg of ≤ 2.2 and ≥ 2.3 (thread pointers), headers, continuations, deadman reports and txg markers.</summary>
public sealed class DbgmsgParserTests
{
    private static readonly DbgmsgParser Parser = new();

    [Fact]
    public void Pre_23_import_log_reads_records_and_names_the_pool()
    {
        var run = ParserRun.Sample(Parser, "ZfsDbgmsg", "zfs_10411_dbgmsg_pre2.3.txt");
        Assert.Equal(InputStatus.Parsed, run.Context.Status);
        var t = run.Single<ZfsTxgSync>();
        Assert.Equal(("dbgmsg", "rpool", 0L, (long?)null), (t.Origin, t.Pool, t.Txgs, t.SlowSyncReports));
        Assert.Null(t.MaxSync);
        Assert.Equal(1, t.Provenance.Line);
    }

    [Fact]
    public void Mmp_excerpt_without_pool_names()
    {
        var t = ParserRun.Sample(Parser, "ZfsDbgmsg", "zfs_8378_dbgmsg_mmp.txt").Single<ZfsTxgSync>();
        Assert.Null(t.Pool);
        Assert.Null(t.MaxGap);
    }

    private const string Header = "5 0 0x01 -1 0 2339237466 50123987654321\ntimestamp    message \n";

    [Fact]
    public void Txg_markers_gaps_and_deadman_reports_with_23_thread_pointers()
    {
        var text = Header
            + "1700000000   ffff8a1b2c3d4e00 txg.c:597:txg_sync_thread(): txg=100 quiesce_txg=101 sync_txg=99\n"
            + "1700000005   ffff8a1b2c3d4e00 txg.c:597:txg_sync_thread(): txg=101 quiesce_txg=102 sync_txg=100\n"
            + "1700000095   ffff8a1b2c3d4e00 txg.c:597:txg_sync_thread(): txg=102 quiesce_txg=103 sync_txg=101\n"
            + "1700000700   ffff8a1b2c3d4e00 spa_misc.c:660:spa_deadman(): slow spa_sync: started 605 seconds ago, calls 1\n"
            + "1700000700   ffff8a1b2c3d4e00 vdev.c:5000:vdev_deadman(): slow vdev: /dev/sdc1 has 12 active IOs\n"
            + "1700001300   ffff8a1b2c3d4e00 spa_misc.c:660:spa_deadman(): slow spa_sync: started 1205 seconds ago, calls 2\n"
            + "1700001300   ffff8a1b2c3d4e00 zio.c:2100:zio_deadman_impl(): slow zio[0]: zio=ffff9 timestamp=1 delta=1200000000000 queued=0 io=0 path=/dev/sdc1 last=0 type=2\n"
            + "    continuation of a multi-line message\n";
        var run = ParserRun.Text(Parser, text, "proc/spl/kstat/zfs/dbgmsg");
        Assert.Equal(InputStatus.Parsed, run.Context.Status);
        var t = run.Single<ZfsTxgSync>();
        Assert.Equal(3, t.Txgs);
        Assert.Equal(TimeSpan.FromSeconds(90), t.MaxGap);
        Assert.Equal(102, t.SlowestTxg);
        Assert.Equal(TimeSpan.FromSeconds(1205), t.MaxSync);
        Assert.Equal((2L, 2L, "/dev/sdc1"), (t.SlowSyncReports!.Value, t.SlowIoReports!.Value, t.SlowVdev));
        Assert.Equal(8, t.Provenance.Line);
        Assert.Contains("1205 seconds", t.Provenance.Excerpt, StringComparison.Ordinal);
    }

    [Fact]
    public void Nvlist_records_without_location_and_dprintf_prefix_are_records()
    {
        var text = "1700000000   dprintf: spa.c:100:spa_sync(): pool tank txg 55\n1700000001   nvlist version: 0\n";
        var t = ParserRun.Text(Parser, text).Single<ZfsTxgSync>();
        Assert.Equal(1, t.Txgs);
    }

    [Fact]
    public void History_records_name_the_pool_of_their_dataset()
    {
        var text = "1700000000   spa_history.c:309:spa_history_log_sync(): txg 18211301 snapshot tank/vm@auto (id 8812) \n"
                 + "1700000001   spa_history.c:309:spa_history_log_sync(): txg 18211302 set tank (id 54) compression=3\n";
        Assert.Equal("tank", ParserRun.Text(Parser, text).Single<ZfsTxgSync>().Pool);
        var two = text + "1700000002   spa_history.c:309:spa_history_log_sync(): txg 9 destroy backup/x (id 5) \n";
        Assert.Null(ParserRun.Text(Parser, two).Single<ZfsTxgSync>().Pool); // two pools: the fact cannot say which
    }

    [Fact]
    public void An_empty_buffer_is_read_whole_without_facts()
    {
        var run = ParserRun.Text(Parser, Header);
        Assert.Equal(InputStatus.Parsed, run.Context.Status);
        Assert.Empty(run.Facts);
    }

    [Theory]
    [InlineData("")]
    [InlineData("just words\nand more\n")]
    public void No_records_fail(string text)
    {
        var run = ParserRun.Text(Parser, text);
        Assert.Equal(InputStatus.Failed, run.Context.Status);
        Assert.Empty(run.Facts);
    }

    [Fact]
    public void Detection()
    {
        var sample = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Parsers", "ZfsDbgmsg", "samples", "zfs_10411_dbgmsg_pre2.3.txt"));
        Assert.Equal(DetectionConfidence.ContentAtStart, ParserRun.Detect(Parser, "x", sample));
        Assert.Equal(DetectionConfidence.ContentAtStart, ParserRun.Detect(Parser, "x", Header + "1 a.c:1:f(): m\n"));
        Assert.Equal(DetectionConfidence.Name, ParserRun.Detect(Parser, "sosreport-a/proc/spl/kstat/zfs/dbgmsg", "0\n"));
        Assert.Equal(DetectionConfidence.None, ParserRun.Detect(Parser, "log", "1700000000 something happened\n1700000001 again\n"));
    }
}
