namespace Analyzer.Cli.Commands;

/// <summary>What <c>triage analyze</c> was asked to do, as parsed from its command line.</summary>
internal sealed record AnalyzeOptions(
    string Bundle,
    string? Format,
    string? Output,
    string[] Rules,
    bool NoBuiltins,
    string? Config,
    string[] FailOn,
    string? Baseline,
    string? Suppressions,
    ReportView View);
