using System.Xml;
using System.Xml.Linq;
using Analyzer.Pipeline;
using Analyzer.Reporting;
using Analyzer.Reporting.Html;
using Analyzer.Tests.Support;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Analyzer.Tests.Reports;

/// <summary>
/// Issue 14's injection cases, through the whole pipeline: a backtick in a panic message, a kernel task name, a file
/// name and a sos manifest field used to end its code span, so the rest became live Markdown — in the HTML report a
/// javascript: link and a remote image. Each is rebuilt from a fixture with the hostile text spliced in.
/// </summary>
public sealed class InjectionTests : IDisposable
{
    internal const string Link = "[pwn](javascript:alert(1))";
    internal const string Image = "![i](http://evil.example/p.png)";
    internal const string Anchor = "<a href=\"javascript:alert(2)\">y</a>";
    internal const string Img = "<img src=http://evil.example/q.png>";

    private static readonly MarkdownPipeline GitHubLike = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    private readonly string _dir = Directory.CreateTempSubdirectory("triage-inject-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void A_backtick_in_a_panic_message_stays_inside_its_code_span()
    {
        var message = $"x` {Link} {Image} {Anchor} {Img} `";
        var stderr = File.ReadAllText(Path.Combine(RepoPaths.Fixtures, "go-nil-panic", "stderr.txt"))
            .Replace("panic: runtime error: invalid memory address or nil pointer dereference", "panic: " + message, StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(_dir, "stderr.txt"), stderr);

        var (markdown, html) = Render();

        Assert.Contains(Code(markdown), c => c.Contains("panic: " + message.Trim(), StringComparison.Ordinal));
        AssertInert(markdown, html);
    }

    [Fact]
    public void A_backtick_in_a_kernel_task_name_stays_inside_its_code_span()
    {
        const string comm = "a`" + Link + "`";
        var dmesg = File.ReadAllText(Path.Combine(RepoPaths.Fixtures, "kernel-hung-io", "dmesg.txt"))
            .Replace("jbd2/sdb1-8", comm, StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(_dir, "dmesg.txt"), dmesg);

        var (markdown, html) = Render();

        Assert.Contains(Code(markdown), c => c == comm);
        AssertInert(markdown, html);
    }

    [Fact]
    public void A_backtick_in_a_file_name_stays_inside_its_code_span()
    {
        // A file system forbids '/' in a name, not backticks, brackets or parentheses; the hot-function rule names
        // the profile in a code span.
        var name = "perf`" + Link + "`.script.txt";
        File.WriteAllText(Path.Combine(_dir, name), File.ReadAllText(Path.Combine(RepoPaths.Fixtures, "perf-hot", "perf.script.txt")));

        var (markdown, html) = Render();

        Assert.Contains(Code(markdown), c => c == name);
        AssertInert(markdown, html);
    }

    [Fact]
    public void A_backtick_in_a_sos_manifest_field_stays_inside_its_code_span()
    {
        var exec = $"sh -c `x` {Link} {Anchor}";
        var sos = Directory.CreateDirectory(Path.Combine(_dir, "sosreport-host", "sos_reports")).FullName;
        File.WriteAllText(Path.Combine(sos, "manifest.json"), """
            {"version": "4.0", "components": {"report": {"plugins": {
              "e`vilLINK": {"timeout_hit": true, "commands": [
                {"exec": EXEC, "filepath": "sos_commands/x/out", "return_code": 124}
              ]}
            }}}}
            """.Replace("LINK", Link, StringComparison.Ordinal).Replace("EXEC", System.Text.Json.JsonSerializer.Serialize(exec), StringComparison.Ordinal));

        var (markdown, html) = Render();

        Assert.Contains(Code(markdown), c => c == exec);
        Assert.Contains(Code(markdown), c => c == "e`vil" + Link);
        AssertInert(markdown, html);
    }

    [Fact]
    public void The_html_report_carries_a_strict_content_security_policy()
    {
        File.WriteAllText(Path.Combine(_dir, "stderr.txt"), File.ReadAllText(Path.Combine(RepoPaths.Fixtures, "go-nil-panic", "stderr.txt")));
        var (_, html) = Render();
        var meta = ParseHtml(html).Descendants("meta").Single(m => (string?)m.Attribute("http-equiv") == "Content-Security-Policy");
        var policy = (string)meta.Attribute("content")!;
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("script-src", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("http", policy, StringComparison.Ordinal);
    }

    private (string Markdown, string Html) Render()
    {
        var report = Analysis.Run(_dir, ShippedRules.Rules);
        return (MarkdownReportWriter.Render(report), HtmlReportWriter.Render(report));
    }

    /// <summary>The literal text of every code span of the report.</summary>
    internal static List<string> Code(string markdown) =>
        Markdown.Parse(markdown, GitHubLike).Descendants<CodeInline>().Select(c => c.Content).ToList();

    /// <summary>
    /// Nothing in the report is a link, an image or raw HTML (GitHub's rendering, Markdig's advanced extensions), and
    /// the HTML report holds only elements and attributes the renderer writes itself.
    /// </summary>
    internal static void AssertInert(string markdown, string html)
    {
        var doc = Markdown.Parse(markdown, GitHubLike);
        Assert.Empty(doc.Descendants<LinkInline>());
        Assert.Empty(doc.Descendants<AutolinkInline>());
        Assert.Empty(doc.Descendants<HtmlInline>());
        Assert.Empty(doc.Descendants<HtmlBlock>());

        // The one script a page may carry is the renderer's flame graph script, byte for byte; no other.
        Assert.Equal(System.Text.RegularExpressions.Regex.Count(html, "<script", System.Text.RegularExpressions.RegexOptions.IgnoreCase),
            html.Split("<script>" + FlameScript.Text + "</script>", StringSplitOptions.None).Length - 1);
        Assert.DoesNotContain("<a ", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        var page = ParseHtml(html);
        Assert.All(page.Descendants(), e => Assert.Contains(e.Name.LocalName, RendererElements));
        // Bundle text may sit in an attribute value as text (a flame graph's aria-label), never as a URL or a handler.
        Assert.All(page.Descendants().Attributes(), a => Assert.Contains(a.Name.LocalName, RendererAttributes));
    }

    /// <summary>What the HTML renderer (Markdig's output for the report's Markdown, the page frame, the SVG figures) writes.</summary>
    private static readonly HashSet<string> RendererElements =
    [
        "html", "head", "meta", "title", "style", "body", "main", "h1", "h2", "h3", "p", "strong", "em", "code", "ul", "ol", "li", "hr", "br",
        "table", "thead", "tbody", "tr", "th", "td", "figure", "figcaption", "script", "svg", "g", "rect", "text", "line", "polyline", "path", "circle",
    ];

    private static readonly HashSet<string> RendererAttributes =
    [
        "lang", "charset", "name", "content", "http-equiv", "id", "class", "style", "xmlns", "viewBox", "width", "height", "x", "y", "x1", "x2", "y1",
        "y2", "fill", "stroke", "stroke-width", "points", "d", "r", "cx", "cy", "text-anchor", "font-size", "dominant-baseline", "role",
        "aria-label", "transform", "preserveAspectRatio", "clip-path", "opacity", "stroke-dasharray", "align", "start", "font-family", "rx", "ry",
    ];

    internal static XDocument ParseHtml(string html)
    {
        using var reader = XmlReader.Create(new StringReader(html), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        return XDocument.Load(reader);
    }
}
