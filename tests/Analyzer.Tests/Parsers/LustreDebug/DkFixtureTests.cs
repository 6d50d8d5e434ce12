using Analyzer.Inventory;
using static Analyzer.Tests.Parsers.LustreDebug.DkHarness;

namespace Analyzer.Tests.Parsers.LustreDebug;

/// <summary>The two lctl dk fixture captures, against what their READMEs say they hold.</summary>
public sealed class DkFixtureTests
{
    [Fact]
    public void Evicted_client_capture_groups_timeouts_disconnect_eviction_and_reconnect_by_target()
    {
        var run = Run(FixtureBytes("lustre-client-evicted/lctl-dk.txt"), "lctl-dk.txt");
        Assert.Equal(InputStatus.Parsed, run.Context.Status);
        Assert.Equal((109L, 109L, 109L, 0L), (run.Log.Records, run.Log.SummaryLines!.Value, run.Log.SummaryKept!.Value, run.Log.SummaryDropped!.Value));
        var writes = Assert.Single(run.Errors, e => e.Kind == "rpc-timeout" && e.Opcode == 4);
        Assert.Equal(("lustre-OST0003", "10.1.0.13@tcp", "OST_WRITE", 3L, 2817L), (writes.Target, writes.Nid, writes.Operation, writes.Count, writes.Pid));
        Assert.Equal(TimeSpan.FromSeconds(47), writes.MaxWait);
        var statfs = Assert.Single(run.Errors, e => e.Kind == "rpc-timeout" && e.Opcode == 13);
        Assert.Equal(5120L, statfs.Pid);
        Assert.Equal(4L, run.Error("rpc-network-error").Count);
        Assert.Equal(4L, run.Error("lnet-error").Count);
        Assert.Equal(("lustre-OST0003", 1L), (run.Error("eviction").Target, run.Error("eviction").Count));
        Assert.Equal("10.1.0.13@tcp", run.Error("connection-lost").Nid);
        Assert.Equal("10.1.0.13@tcp", run.Error("reconnect").Nid);
        Assert.Equal(TimeSpan.FromTicks((1773136965_031300L - 1773136800_000113L) * 10), run.Log.Span);
    }

    [Fact]
    public void Healthy_client_capture_has_no_trouble_records()
    {
        var run = Run(FixtureBytes("lustre-client-healthy/lctl-dk.txt"), "lctl-dk.txt");
        Assert.Equal(InputStatus.Parsed, run.Context.Status);
        Assert.Empty(run.Errors);
        Assert.Equal(0L, run.Log.ErrorRecords);
        Assert.True(run.Log.Records > 100);
    }
}
