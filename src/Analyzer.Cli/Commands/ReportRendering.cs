using System.Text;
using Analyzer.Reporting;
using Analyzer.Reporting.Html;
using Analyzer.Reporting.Sarif;

namespace Analyzer.Cli.Commands;

/// <summary>One report model written in the format asked for.</summary>
internal static class ReportRendering
{
    public static void Write(ReportModel report, string format, ReportView view, Stream output)
    {
        switch (format)
        {
            case "json":
                JsonReportWriter.Write(report, output);
                break;
            case "sarif":
                SarifReportWriter.Write(report, output);
                break;
            default:
                var options = new MarkdownOptions(view.Verbose);
                var text = format == "html" ? HtmlReportWriter.Render(report, options)
                    : view.Summary ? MarkdownSummaryWriter.Render(report)
                    : MarkdownReportWriter.Render(report, options);
                output.Write(new UTF8Encoding(false).GetBytes(text));
                break;
        }
        output.Flush();
    }
}
