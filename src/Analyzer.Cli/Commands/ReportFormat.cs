namespace Analyzer.Cli.Commands;

/// <summary>
/// Which format a report is written in: <c>--format</c> when given, else the output file's extension
/// (<c>-o r.html</c> is HTML, not Markdown under an HTML name), else Markdown.
/// </summary>
internal static class ReportFormat
{
    public static readonly string[] Names = ["markdown", "json", "sarif", "html"];

    public static string Of(string? format, string? output)
    {
        if (format is not null) return format;
        if (output is null || output == StandardStreams.Dash) return "markdown";
        return Path.GetExtension(output).ToLowerInvariant() switch
        {
            ".json" => "json",
            ".sarif" => "sarif",
            ".html" or ".htm" => "html",
            _ => "markdown",
        };
    }
}
