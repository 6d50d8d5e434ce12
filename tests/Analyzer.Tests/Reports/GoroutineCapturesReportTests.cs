using Analyzer.Pipeline;
using Analyzer.Tests.Support;

namespace Analyzer.Tests.Reports;

/// <summary>
/// Several captures of one process are counted per capture and told once: the go-lock-hang bundle holds debug=1,
/// debug=2 and a SIGQUIT dump of the same 44-goroutine process (the report once said 137 goroutines, the sum).
/// </summary>
public sealed class GoroutineCapturesReportTests
{
    private static Reporting.ReportTable Groups(string fixture) =>
        Analysis.Run(Path.Combine(RepoPaths.Fixtures, fixture), ShippedRules.Rules).Tables.Single(t => t.Title == "Goroutine groups");

    [Fact]
    public void Goroutines_are_counted_per_capture_never_summed()
    {
        var table = Groups("go-lock-hang");
        Assert.Contains("`goroutine-debug2.txt` 44", table.Description, StringComparison.Ordinal);
        Assert.Contains("`goroutine-debug1.txt` 44", table.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("137", table.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void A_group_seen_in_every_capture_is_one_row()
    {
        var table = Groups("go-lock-hang");
        var queue = Assert.Single(table.Rows, r => r[3] == "main.(*Store).Put");
        Assert.Equal("40", queue[0]); // the largest count of one capture, not 120
        Assert.EndsWith("(+2 captures)", queue[6], StringComparison.Ordinal);
        Assert.Single(table.Rows, r => r[3] == "main.(*Store).waitForReplicaAck");
    }

    [Fact]
    public void A_wait_that_grew_between_captures_shows_both()
    {
        var queue = Assert.Single(Groups("go-lock-hang-recaptured").Rows, r => r[3] == "main.(*Store).Put");
        Assert.Equal("1m → 3m", queue[2]);
    }
}
