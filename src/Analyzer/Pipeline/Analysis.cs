using Analyzer.Bundles;
using Analyzer.Reporting;
using Analyzer.Rules.Engine;

namespace Analyzer.Pipeline;

/// <summary>The whole pipeline in one call: bundle → facts → rules → report model.</summary>
public static class Analysis
{
    public static ReportModel Run(string bundlePath, RuleSet rules, BundleLimits? limits = null)
    {
        var bundle = BundleFactReader.Read(bundlePath, limits);
        var evaluation = Evaluator.Evaluate(rules, bundle.Facts);
        return ReportBuilder.Build(bundle, evaluation) with
        {
            RuleDescriptors = RuleDescriptor.Of(rules.Definitions),
            BundleBytes = BundleSize.Of(bundlePath),
        };
    }
}
