using System.Text.RegularExpressions;
using Analyzer.Pipeline;
using Analyzer.Tests.Support;

namespace Analyzer.Tests.Reports;

/// <summary>
/// The lock-hang fixture's report names the goroutine that really holds the lock and where it waits. The holder's
/// id is read from the capture itself (the one goroutine parked in waitForReplicaAck), so regenerating the fixture
/// cannot make this test pass by accident or fail for nothing.
/// </summary>
public sealed partial class LockHolderReportTests
{
    [GeneratedRegex(@"^goroutine (?<id>[0-9]+) \[chan receive[^\]]*\]:\n[^\n]*waitForReplicaAck", RegexOptions.Multiline)]
    private static partial Regex HolderBlock();

    [Fact]
    public void Lock_hang_report_names_the_holder_and_where_it_waits()
    {
        var dump = File.ReadAllText(Path.Combine(RepoPaths.Fixtures, "go-lock-hang", "goroutine-debug2.txt")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var holderId = HolderBlock().Match(dump).Groups["id"].Value;
        Assert.NotEmpty(holderId);

        var report = Analysis.Run(Path.Combine(RepoPaths.Fixtures, "go-lock-hang"), ShippedRules.Rules);
        var finding = Assert.Single(report.Findings, f => f.Symptom == "go-lock-contention");
        Assert.Contains($"The likely holder is goroutine {holderId}, blocked in `chan receive` in `main.(*Store).waitForReplicaAck`", finding.Message, StringComparison.Ordinal);
        Assert.Contains(finding.Evidence, e => e.Path == "goroutine-debug2.txt" && e.Excerpt!.StartsWith($"goroutine {holderId} ", StringComparison.Ordinal));
    }
}
