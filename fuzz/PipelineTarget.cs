using Analyzer.Pipeline;
using Analyzer.Reporting;
using Analyzer.Reporting.Html;

namespace Analyzer.Fuzz;

/// <summary>
/// A pasted text file through the whole pipeline: transport unwrapping, detection, parsers, embedded scans, the
/// shipped rules and both text renderers.
/// </summary>
internal sealed class PipelineTarget : IFuzzTarget
{
    private readonly string file = Path.Combine(Scratch.Directory, "pasted.txt");
    private Analyzer.Rules.Engine.RuleSet? rules;

    public string Name => "transport";

    public void Run(byte[] input)
    {
        rules ??= RuleLoading.Load([Scratch.RulesDirectory]).Rules
                  ?? throw new InvalidOperationException("the shipped rules do not load");
        File.WriteAllBytes(file, input);
        var report = Analysis.Run(file, rules);
        _ = MarkdownReportWriter.Render(report);
        _ = HtmlReportWriter.Render(report);
    }
}
