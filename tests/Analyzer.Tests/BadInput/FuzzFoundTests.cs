using Analyzer.Families.Zfs.Facts;
using Analyzer.Families.Zfs.Parsers.ZfsDbgmsg;
using Analyzer.Inventory;
using Analyzer.Tests.Support;

namespace Analyzer.Tests.BadInput;

/// <summary>
/// Crashes coverage-guided fuzzing found (fuzz/run.sh), each rebuilt as the smallest readable input that showed it.
/// </summary>
public sealed class FuzzFoundTests
{
    private const string DbgmsgHeader = "5 0 0x01 -1 0 2339237466 50123987654321\ntimestamp    message \n";

    [Fact]
    public void Zfs_spa_deadman_line_without_the_slow_sync_text_is_counted_not_sliced()
    {
        // fuzz zfs, 48 of 49 crashes: spa_deadman's message was cut at the length of "slow spa_sync: started ".
        var text = DbgmsgHeader + "1700000700   ffff8a1b2c3d4e00 spa_misc.c:660:spa_deadman(): hung\n";

        var run = ParserRun.Text(new DbgmsgParser(), text, "proc/spl/kstat/zfs/dbgmsg");

        Assert.Equal(InputStatus.Parsed, run.Context.Status);
        Assert.Equal(1, run.Single<ZfsTxgSync>().SlowSyncReports);
    }

    [Fact]
    public void Zfs_slow_sync_time_past_any_timespan_is_capped_and_said()
    {
        // fuzz zfs, 1 of 49 crashes: a damaged "slow spa_sync: started N seconds ago" overflowed TimeSpan.
        var text = DbgmsgHeader
            + "1700000700   ffff8a1b2c3d4e00 spa_misc.c:660:spa_deadman(): slow spa_sync: started 999999999999999999 seconds ago, calls 1\n";

        var run = ParserRun.Text(new DbgmsgParser(), text, "proc/spl/kstat/zfs/dbgmsg");

        Assert.Equal(InputStatus.Partial, run.Context.Status);
        Assert.Contains(run.Context.Problems, p => p.Contains("longer than any real duration", StringComparison.Ordinal));
        Assert.True(run.Single<ZfsTxgSync>().MaxSync > TimeSpan.FromDays(365 * 1000));
    }
}
