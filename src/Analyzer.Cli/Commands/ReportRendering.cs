using System.Text;
using Analyzer.Reporting;
using Analyzer.Reporting.Html;
using Analyzer.Reporting.Sarif;

namespace Analyzer.Cli.Commands;

/// <summary>One report model written in the format asked for.</summary>
internal static class ReportRendering
{
    public static void Write(ReportModel report, string format, Stream output)
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
                var text = format == "html" ? HtmlReportWriter.Render(report) : MarkdownReportWriter.Render(report);
                output.Write(new UTF8Encoding(false).GetBytes(text));
                break;
        }
        output.Flush();
    }
}
