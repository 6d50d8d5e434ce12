using System.Text;
using Analyzer.Inventory;
using Analyzer.Pipeline;
using Analyzer.Reporting;
using Analyzer.Reporting.Html;
using Analyzer.Tests.Support;

namespace Analyzer.Tests.BadInput;

/// <summary>A bundle through the whole pipeline and every renderer, as `triage analyze` runs it in each format.</summary>
internal sealed record FullRun(ReportModel Report, string Markdown, string Json, string Html)
{
    public static FullRun Of(string bundle)
    {
        var facts = BundleFactReader.Read(bundle);
        var report = ReportBuilder.Build(facts, Rules.Engine.Evaluator.Evaluate(ShippedRules.Rules, facts.Facts));
        using var json = new MemoryStream();
        JsonReportWriter.Write(report, json);
        return new FullRun(report, MarkdownReportWriter.Render(report), Encoding.UTF8.GetString(json.ToArray()), HtmlReportWriter.Render(report));
    }

    public InputRecord Input(string path) => Assert.Single(Report.Inputs, i => i.Path == path);
}
