namespace Analyzer.Cli.Commands;

/// <summary>How the Markdown and HTML reports are shown: the CI summary instead of the report, or the skipped rules listed.</summary>
internal sealed record ReportView(bool Summary, bool Verbose);
