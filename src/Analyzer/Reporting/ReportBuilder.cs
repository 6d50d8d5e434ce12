using System.Reflection;
using Analyzer.Families.Go.Facts;
using Analyzer.Facts.Verdict;
using Analyzer.Pipeline;
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
        return new ReportModel
        {
            ToolVersion = ToolVersion,
            Bundle = bundle.BundleName,
            Verdict = candidate?.Verdict ?? Verdicts.Inconclusive,
            VerdictReason = WithUnread(candidate?.Reason ?? "Too little recognised evidence to say what is wrong.", bundle),
            Unread = bundle.Unread,
            Findings = evaluation.Findings,
            Inputs = bundle.Inventory,
            Rules = evaluation.Outcomes,
            Tables = SectionRegistry.Default.SelectMany(s => s.BuildAll(evaluation.Facts)).ToList(),
            FlameGraphs = evaluation.Facts.Of<FlameTree>().OrderBy(t => t.Path, StringComparer.Ordinal).ToList(),
        };
    }

    /// <summary>The verdict was drawn from what was read: when the entry cap left files unread, its reason says so.</summary>
    private static string WithUnread(string reason, BundleFacts bundle) =>
        UnreadSummary.Sentence(bundle.Unread) is { } unread ? $"{reason} {unread}" : reason;
}
