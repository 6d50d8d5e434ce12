using System.Text;
using Analyzer.Families.Go.Facts;
using Markdig;

namespace Analyzer.Reporting.Html;

/// <summary>
/// The report as ONE self-contained HTML file: the Markdown report rendered through Markdig (pipe tables), the
/// stylesheet inlined, and pictures drawn as inline SVG — a flame graph after each profile's top table and a line
/// chart after each table marked as a time series (<see cref="ReportTable.Figure"/>). No script, no external
/// resource, and a Content-Security-Policy that forbids both: hover titles are SVG &lt;title&gt; elements. Raw HTML in the Markdown is disabled, so no text from the
/// bundle can become markup even where a section passes Markdown through (footnotes). Flame trees without a table of
/// their own get a section before the inputs.
/// </summary>
public static class HtmlReportWriter
{
    private static readonly MarkdownPipeline Pipeline = Build();

    /// <summary>
    /// What the page may load or run: nothing but its own inline stylesheet and data: pictures, and — on a page with a
    /// flame graph — the one script the renderer wrote, allowed by its SHA-256 (<see cref="FlameScript"/>), not by
    /// 'unsafe-inline'. Should bundle text ever slip through as markup or script, the browser still refuses to run it.
    /// </summary>
    internal const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

    /// <summary>The policy of a page that carries the flame graph script.</summary>
    internal static string ScriptPolicy => $"{ContentSecurityPolicy}; script-src '{FlameScript.Hash}'";

    /// <summary>
    /// Pipe tables, no raw HTML, and no link or image parser at all: the report never needs a link, so neither a
    /// rule author nor bundle text that got past <see cref="MarkdownText"/> can produce an href or a src.
    /// </summary>
    private static MarkdownPipeline Build()
    {
        var builder = new MarkdownPipelineBuilder().UsePipeTables().DisableHtml();
        builder.InlineParsers.RemoveAll(p => p is Markdig.Parsers.Inlines.LinkInlineParser or Markdig.Parsers.Inlines.AutolinkInlineParser);
        return builder.Build();
    }

    private static readonly Lazy<string> Css = new(() =>
    {
        using var stream = typeof(HtmlReportWriter).Assembly.GetManifestResourceStream("Analyzer.Reporting.Templates.report.css")
                           ?? throw new InvalidOperationException("report stylesheet is missing from the assembly");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    public static string Render(ReportModel report, MarkdownOptions? options = null)
    {
        var markdown = HtmlText.Clean(MarkdownReportWriter.Render(report, options));
        var body = NumberSpacing.Apply(Markdown.ToHtml(markdown, Pipeline));
        var trees = report.FlameGraphs.GroupBy(t => t.Path).ToDictionary(g => g.Key, g => g.First());
        var drawn = new HashSet<string>(StringComparer.Ordinal);
        var figures = 0;
        foreach (var table in report.Tables)
        {
            var figure = table.Figure switch
            {
                FlameGraphFigure f when trees.TryGetValue(f.ProfilePath, out var tree) && drawn.Add(f.ProfilePath) => FlameFigure(tree, ++figures),
                TimeSeriesFigure t => TimeSeriesSvg.Render(table, t) is { } svg ? $"<figure id=\"chart-{++figures}\">\n{svg}\n</figure>\n" : null,
                _ => null,
            };
            if (figure is not null)
                body = InsertAfterTable(body, table.Title, figure);
        }
        var charts = new List<string>();
        foreach (var chart in report.Charts)
        {
            if (LineChartSvg.Draw(chart) is not { } svg)
                continue;
            var figure = $"<figure id=\"chart-{++figures}\">\n{svg}\n<figcaption>{HtmlText.Escape($"From {chart.Source}; hover a point for its value.")}</figcaption>\n</figure>\n";
            if (chart.AfterTable is { } after && body.Contains(TableHeading(after), StringComparison.Ordinal))
                body = InsertAfterTable(body, after, figure, last: true);
            else
                charts.Add(figure);
        }
        if (charts.Count > 0)
            body = InsertBeforeInputs(body, "<h2>Host resources over time</h2>\n" + string.Concat(charts));
        var rest = report.FlameGraphs.Where(t => !drawn.Contains(t.Path)).ToList();
        if (rest.Count > 0)
            body = InsertBeforeInputs(body, "<h2>Flame graphs</h2>\n" + string.Concat(rest.Select(t =>
                $"<h3>Profile <code>{HtmlText.Escape(t.Path)}</code> ({HtmlText.Escape(t.Kind)})</h3>\n{FlameFigure(t, ++figures)}")));

        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(report.FlameGraphs.Count > 0 ? ScriptPolicy : ContentSecurityPolicy).Append("\"/>\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
            .Append("<title>").Append(HtmlText.Escape($"Triage report: {report.Bundle}")).Append("</title>\n")
            .Append("<style>\n").Append(Css.Value).Append("</style>\n</head>\n<body>\n<main>\n")
            .Append(body)
            .Append("</main>\n");
        // The one script, after the content it works on; only pages with a flame graph carry it.
        if (report.FlameGraphs.Count > 0)
            html.Append("<script>").Append(FlameScript.Text).Append("</script>\n");
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>A figure with an id (flame-N, N counting every figure of the page) so a link or a screenshot can jump to it.</summary>
    private static string FlameFigure(FlameTree tree, int number)
    {
        var format = ProfileValueText.For(tree.SampleType, tree.Total);
        var pruned = tree.MinValue > 1 ? $" Frames under {format(tree.MinValue)} are merged into their caller." : "";
        return $"<figure id=\"flame-{number}\" class=\"flamegraph\">\n" + FlameGraphSvg.Render(tree) + "\n<figcaption>"
               + HtmlText.Escape($"Flame graph of {tree.Path} ({tree.Kind}, {tree.SampleType}, total {format(tree.Total)}): callers above callees, width ∝ value, colour by package (Go: red for the program, yellow for the standard library, blue for the runtime; other code: a warm hue per function; brown: kernel). Hover a frame for its value, click it to zoom in (click the top frame or Reset zoom to zoom out), search to highlight functions.{pruned}")
               + "</figcaption>\n</figure>\n";
    }

    /// <summary>After the first table that follows the section heading rendered from <paramref name="title"/>.</summary>
    private static string InsertAfterTable(string body, string title, string figure, bool last = false)
    {
        var heading = TableHeading(title);
        var at = body.IndexOf(heading, StringComparison.Ordinal);
        if (at < 0)
            return body;
        var end = body.IndexOf("</table>", at, StringComparison.Ordinal);
        if (end < 0)
            return body;
        end += "</table>".Length;
        // The footnote paragraph belongs to the table; the picture follows it when it is there.
        var next = body.IndexOf('<', end);
        if (next >= 0 && string.CompareOrdinal(body, next, "<p>", 0, 3) == 0)
            end = body.IndexOf("</p>", next, StringComparison.Ordinal) + "</p>".Length;
        // Several pictures after one table keep their order: each goes after those already there.
        if (last)
            while (string.CompareOrdinal(body, end + 1, "<figure id=\"chart-", 0, 18) == 0)
                end = body.IndexOf("</figure>\n", end + 1, StringComparison.Ordinal) + "</figure>".Length;
        return body.Insert(end, "\n" + figure);
    }

    private static string TableHeading(string title) => Markdown.ToHtml("## " + MarkdownText.Text(title), Pipeline).Trim();

    private static string InsertBeforeInputs(string body, string section)
    {
        var at = body.IndexOf("<h2>Inputs</h2>", StringComparison.Ordinal);
        return at < 0 ? body + section : body.Insert(at, section);
    }
}
