using Analyzer.Families.Go.Facts;
using Analyzer.Inventory;
using Analyzer.Tests.Support;

namespace Analyzer.Tests.Parsers.GoStacks;

/// <summary>The race detector's `WARNING: DATA RACE` reports, read beside the dump grammar (fixtures/go-data-race is a real run).</summary>
public sealed class GoStacksDataRaceTests
{
    private static string RealReport() => File.ReadAllText(Path.Combine(RepoPaths.Fixtures, "go-data-race", "stderr.txt"));

    [Fact]
    public void A_real_report_names_both_accesses_by_their_application_frames()
    {
        var run = GoStacksHarness.Run(RealReport(), "stderr.txt");
        var race = Assert.Single(run.Of<GoDataRace>());
        Assert.Equal(("Read", "0x00c00009a150", 7L), (race.Access, race.Address, race.Goroutine));
        Assert.Equal(("main.(*Metrics).record", "fixturegen/cmd/datarace/main.go:19"), (race.Function, race.Location));
        Assert.Equal(("Previous write", 8L, "main.(*Metrics).record"), (race.PreviousAccess, race.PreviousGoroutine, race.PreviousFunction));
        Assert.True(race.Complete);
        Assert.Equal(2, race.Provenance.Line);
        Assert.Equal(InputStatus.Parsed, run.Context.Status);
        Assert.Empty(run.Of<GoroutineDump>());
    }

    [Fact]
    public void A_report_cut_before_its_closing_line_is_kept_and_the_input_partial()
    {
        var lines = RealReport().Split('\n');
        var run = GoStacksHarness.Run(string.Join('\n', lines.Take(12)), "stderr.txt");
        var race = Assert.Single(run.Of<GoDataRace>());
        Assert.False(race.Complete);
        Assert.Equal("main.(*Metrics).record", race.Function);
        Assert.Equal(InputStatus.Partial, run.Context.Status);
        Assert.Contains(run.Context.Problems, p => p.StartsWith("race detector report from line 2 cut off", StringComparison.Ordinal));
    }

    [Fact]
    public void Reports_inside_a_prefixed_service_log_are_found()
    {
        var prefixed = string.Join('\n', RealReport().Split('\n').Select(l => "Dec 03 01:16:00 web01 metrics[77]: " + l));
        var run = GoStacksHarness.Run("Dec 03 01:15:59 web01 metrics[77]: starting\n" + prefixed, "service.log");
        Assert.Equal("main.(*Metrics).record", Assert.Single(run.Of<GoDataRace>()).PreviousFunction);
    }

    [Fact]
    public void Detection_claims_a_stderr_holding_only_a_race_report()
    {
        var probe = new Analyzer.Detection.EntryProbe("stderr.txt", System.Text.Encoding.UTF8.GetBytes(RealReport()), true);
        Assert.NotEqual(Analyzer.Detection.DetectionConfidence.None, new Analyzer.Families.Go.Parsers.GoStacks.GoStacksParser().Detect(probe));
    }
}
