using Analyzer.Pipeline;
using Analyzer.Reporting;
using Analyzer.Tests.Support;

namespace Analyzer.Tests.Reports;

/// <summary>
/// reports/ holds the rendered report of every fixture bundle; this test fails when the output drifts, leaving a
/// .received file beside the approved one.
/// </summary>
public sealed class FixtureReportTests
{
    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        foreach (var bundle in RepoPaths.FixtureBundles())
            data.Add(Path.GetFileName(bundle));
        return data;
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Report_matches_the_approved_one(string fixture)
    {
        var bundle = Path.Combine(RepoPaths.Fixtures, fixture);
        var report = Analysis.Run(bundle, ShippedRules.Rules);
        Approval.Verify(Path.Combine(RepoPaths.Reports, RepoPaths.CaseName(bundle) + ".md"), MarkdownReportWriter.Render(report));
    }

    [Fact]
    public void Every_approved_report_has_a_fixture()
    {
        var cases = RepoPaths.FixtureBundles().Select(RepoPaths.CaseName).ToHashSet();
        var orphans = Directory.EnumerateFiles(RepoPaths.Reports, "*.md")
            .Select(Path.GetFileNameWithoutExtension)
            .Where(n => n is not null && !n.EndsWith(".received", StringComparison.Ordinal) && n != "README" && !cases.Contains(n))
            .ToList();
        Assert.Empty(orphans);
    }
}
