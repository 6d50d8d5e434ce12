namespace Analyzer.Reporting;

/// <summary>How much the Markdown (and so the HTML) report shows.</summary>
/// <param name="Verbose">List the skipped rules by reason instead of counting them in one line.</param>
public sealed record MarkdownOptions(bool Verbose)
{
    public static MarkdownOptions Default { get; } = new(Verbose: false);
}
