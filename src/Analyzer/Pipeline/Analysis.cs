using Analyzer.Bundles;
using Analyzer.Reporting;
using Analyzer.Reporting.Suppressions;
using Analyzer.Rules.Engine;

namespace Analyzer.Pipeline;

/// <summary>The whole pipeline in one call: bundle → facts → rules → report model.</summary>
public static class Analysis
{
    public static ReportModel Run(string bundlePath, RuleSet rules, BundleLimits? limits = null, SuppressionSet? suppressions = null) =>
        Run(bundlePath, BundleFactReader.Read(bundlePath, limits), rules, suppressions);

    /// <summary>The rules over the facts already read from <paramref name="bundlePath"/> (read while the rules loaded).</summary>
    public static ReportModel Run(string bundlePath, BundleFacts bundle, RuleSet rules, SuppressionSet? suppressions = null)
    {
        suppressions ??= SuppressionSet.None;
        var evaluation = Evaluator.Evaluate(rules, bundle.Facts, f => suppressions.Match(f) is not null);
        var report = ReportBuilder.Build(bundle, evaluation);
        var prints = FindingFingerprint.All(evaluation.Suppressed);
        return report with
        {
            RuleDescriptors = RuleDescriptor.Of(rules.Definitions),
            BundleBytes = BundleSize.Of(bundlePath),
            Suppressed = evaluation.Suppressed.Select((f, i) => new SuppressedFinding(f, prints[i], suppressions.Match(f)!)).ToList(),
            ExpiredSuppressions = suppressions.Expired,
            // A verdict drawn without them must say so: "healthy" with findings set apart is healthy only by choice.
            VerdictReason = evaluation.Suppressed.Count switch
            {
                0 => report.VerdictReason,
                1 => report.VerdictReason + " 1 suppressed finding was not counted.",
                var n => report.VerdictReason + $" {n} suppressed findings were not counted.",
            },
        };
    }
}
