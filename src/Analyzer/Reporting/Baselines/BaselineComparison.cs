namespace Analyzer.Reporting.Baselines;

/// <summary>
/// The findings of this run against an earlier report, by fingerprint: each one new or unchanged (in the order of
/// <see cref="ReportModel.Findings"/>), and the earlier ones no longer found.
/// </summary>
public sealed record BaselineComparison(string Baseline, string BaselineVerdict, IReadOnlyList<BaselineState> States, IReadOnlyList<PreviousFinding> Gone)
{
    public int New => States.Count(s => s == BaselineState.New);

    public int Unchanged => States.Count(s => s == BaselineState.Unchanged);

    public static BaselineComparison Compare(string baselineName, PreviousReport before, IReadOnlyList<string> fingerprints)
    {
        var old = before.Findings.Select(f => f.Fingerprint).ToHashSet(StringComparer.Ordinal);
        var now = fingerprints.ToHashSet(StringComparer.Ordinal);
        var states = fingerprints.Select(f => old.Contains(f) ? BaselineState.Unchanged : BaselineState.New).ToList();
        var gone = before.Findings.Where(f => !now.Contains(f.Fingerprint)).ToList();
        return new BaselineComparison(baselineName, before.Verdict, states, gone);
    }

    public static BaselineComparison Compare(string baselineName, PreviousReport before, ReportModel report) =>
        Compare(baselineName, before, FindingFingerprint.All(report.Findings));

    public static string Text(BaselineState state) => state == BaselineState.New ? "new" : "unchanged";
}
