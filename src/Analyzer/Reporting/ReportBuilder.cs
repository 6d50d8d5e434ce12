using System.Reflection;
using Analyzer.Families.Go.Facts;
using Analyzer.Facts.Verdict;
using Analyzer.Pipeline;
using Analyzer.Reporting.Gaps;
using Analyzer.Reporting.Sections;
using Analyzer.Rules.Engine;
using Analyzer.Vocabulary;

namespace Analyzer.Reporting;

/// <summary>
/// Assembles the report model from a bundle's facts and the evaluation. The verdict is the highest-ranked
/// <see cref="VerdictCandidate"/> that verdict rules derived; no candidate means 'inconclusive'.
/// </summary>
public static class ReportBuilder
{
    public static string ToolVersion { get; } =
        typeof(ReportBuilder).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public static ReportModel Build(BundleFacts bundle, EvaluationResult evaluation)
    {
        var candidate = evaluation.Facts.Of<VerdictCandidate>()
            .Where(v => Verdicts.All.Contains(v.Verdict))
            .OrderByDescending(v => v.Rank)
            .FirstOrDefault();
        var gaps = EvidenceGaps.Find(bundle.BundleName, bundle.Inventory, bundle.Unread);
        return new ReportModel
        {
            ToolVersion = ToolVersion,
            Bundle = bundle.BundleName,
            Verdict = candidate?.Verdict ?? Verdicts.Inconclusive,
            VerdictReason = WithGaps(Reason(candidate, bundle, gaps), gaps),
            Unread = bundle.Unread,
            Gaps = gaps,
            Findings = evaluation.Findings,
            Inputs = bundle.Inventory,
            Rules = evaluation.Outcomes,
            Tables = SectionRegistry.Default.SelectMany(s => s.BuildAll(evaluation.Facts)).ToList(),
            Charts = Reporting.Charts.HostIntervalCharts.Build(evaluation.Facts),
            FlameGraphs = evaluation.Facts.Of<FlameTree>().OrderBy(t => t.Path, StringComparer.Ordinal).ToList(),
        };
    }

    /// <summary>The winning rule's reason; a healthy one says what it covers, no verdict says why there is none.</summary>
    private static string Reason(VerdictCandidate? candidate, BundleFacts bundle, IReadOnlyList<EvidenceGap> gaps) => candidate switch
    {
        null => GapSentences.NoVerdict(gaps),
        { Verdict: Verdicts.Healthy } => $"{candidate.Reason} {Coverage.Sentence(bundle.Inventory)}",
        _ => candidate.Reason,
    };

    /// <summary>
    /// The verdict was drawn from what was read: when an archive was damaged or the entry cap left files unread, its
    /// reason says so, whatever the verdict.
    /// </summary>
    private static string WithGaps(string reason, IReadOnlyList<EvidenceGap> gaps) =>
        GapSentences.BundleLevel(gaps) is { } more ? $"{reason} {more}" : reason;
}
