using System.Xml;
using System.Xml.Linq;
using Analyzer.Families.Go.Facts;
using Analyzer.Inventory;
using Analyzer.Pipeline;
using Analyzer.Reporting;
using Analyzer.Reporting.Html;
using Analyzer.Tests.Support;

namespace Analyzer.Tests.Reports;

/// <summary>
/// The HTML report is one well-formed document (checked by parsing it as XML, stricter than any browser) with a
/// flame graph per profile placed after that profile's top table, and nothing from the bundle can inject markup.
/// </summary>
public sealed class HtmlReportTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Theory]
    [MemberData(nameof(FixtureReportTests.Fixtures), MemberType = typeof(FixtureReportTests))]
    public void Every_fixture_renders_to_well_formed_html_with_one_flame_graph_per_profile(string fixture)
    {
        var report = Analysis.Run(Path.Combine(RepoPaths.Fixtures, fixture), ShippedRules.Rules);
        var html = HtmlReportWriter.Render(report);
        var doc = Parse(html);
        Assert.Equal($"Triage report: {report.Bundle}", doc.Descendants("title").First().Value);
        // The one script is the renderer's own flame graph script, on pages with a flame graph only.
        Assert.All(doc.Descendants("script"), s => Assert.Equal(FlameScript.Text, s.Value));
        Assert.Equal(report.FlameGraphs.Count > 0 ? 1 : 0, doc.Descendants("script").Count());
        // Self-contained: nothing is loaded from elsewhere (a URL in a next step's text is only text).
        Assert.DoesNotContain(doc.Descendants(), e => e.Name.LocalName is "img" or "link" or "iframe" or "object" or "embed");
        Assert.DoesNotContain(doc.Descendants().Attributes(), a => a.Name.LocalName is "src" or "href" && !a.Value.StartsWith('#'));
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(report.FlameGraphs.Count, doc.Descendants(Svg + "svg").Count(s => (string?)s.Attribute("class") == "flame"));
        // Every section table and the inventory came through Markdig as tables.
        Assert.True(doc.Descendants("table").Count() >= report.Tables.Count + 1);
    }

    [Fact]
    public void Cpu_profile_flame_graph_follows_its_top_table_with_hover_titles()
    {
        var report = Analysis.Run(Path.Combine(RepoPaths.Fixtures, "go-cpu-hot"), ShippedRules.Rules);
        var html = HtmlReportWriter.Render(report);
        var table = html.IndexOf("Profile cpu.pb (cpu) — top functions", StringComparison.Ordinal);
        var flame = html.IndexOf("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"flame\"", StringComparison.Ordinal);
        var inputs = html.IndexOf("<h2>Inputs</h2>", StringComparison.Ordinal);
        Assert.True(table > 0 && table < flame && flame < inputs, $"{table} < {flame} < {inputs}");
        var svg = Parse(html).Descendants(Svg + "svg").Single();
        var titles = svg.Descendants(Svg + "title").Select(t => t.Value).ToList();
        Assert.Contains(titles, t => t == "main.fingerprint\n8.91 s (96.22%), self 8.89 s");
        Assert.Contains(svg.Descendants(Svg + "text"), t => t.Value == "main.fingerprint");
    }

    [Fact]
    public void Hostile_names_are_escaped_everywhere()
    {
        const string evil = "<script>alert('x')</script> & \"q\" \u0001";
        var tree = new FlameTree
        {
            Provenance = new("evil<&>.pb"),
            Path = "evil<&>.pb",
            Kind = "cpu",
            SampleType = "cpu/nanoseconds",
            Total = 100,
            MinValue = 1,
            Nodes =
            [
                new FlameNode { Function = evil, Depth = 0, Value = 100, Self = 40 },
                new FlameNode { Function = "std::vector<int, std::allocator<int> >::push_back(int const&)", Depth = 1, Value = 60, Self = 60, Kernel = true },
            ],
        };
        var report = new ReportModel
        {
            ToolVersion = "0",
            Bundle = "<b>bundle</b>",
            Verdict = "inconclusive",
            VerdictReason = evil,
            Findings = [],
            Inputs = [new InputRecord(evil, "text", InputStatus.Unrecognized, 0, [evil])],
            Rules = [],
            Tables =
            [
                new ReportTable($"Profile {tree.Path} (cpu) — top functions", evil, ["flat", "function"], [["1", evil]], evil)
                {
                    Figure = new FlameGraphFigure(tree.Path),
                },
            ],
            FlameGraphs = [tree],
        };
        var html = HtmlReportWriter.Render(report);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Single(Parse(html).Descendants("script"), s => s.Value == FlameScript.Text);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        var doc = Parse(html);
        var titles = doc.Descendants(Svg + "title").Select(t => t.Value).ToList();
        Assert.Contains(titles, t => t.StartsWith("<script>alert('x')</script> & \"q\" \uFFFD\n", StringComparison.Ordinal));
        Assert.Contains(titles, t => t.StartsWith("std::vector<int, std::allocator<int> >::push_back(int const&) [kernel]", StringComparison.Ordinal));
    }

    [Fact]
    public void Time_series_tables_get_a_line_chart()
    {
        var report = new ReportModel
        {
            ToolVersion = "0", Bundle = "b", Verdict = "inconclusive", VerdictReason = "r", Findings = [], Inputs = [], Rules = [],
            Tables =
            [
                new ReportTable("Latency over time", "p99 per second", ["time", "p50", "p99"],
                    [["2026-01-01T00:00:02Z", "1.5ms", "9ms"], ["2026-01-01T00:00:00Z", "1ms", "4ms"], ["2026-01-01T00:00:01Z", "n/a", "30ms"]], null)
                {
                    Figure = new TimeSeriesFigure(0, [1, 2], "ms"),
                },
            ],
        };
        var chart = Parse(HtmlReportWriter.Render(report)).Descendants(Svg + "svg").Single(s => (string?)s.Attribute("class") == "chart");
        var lines = chart.Descendants(Svg + "polyline").Select(p => (string)p.Attribute("points")!).ToList();
        Assert.Equal(2, lines.Count);
        Assert.Equal(2, lines[0].Split(' ').Length); // the "n/a" cell is skipped
        Assert.Equal(3, lines[1].Split(' ').Length);
        Assert.Contains(chart.Descendants(Svg + "circle"), c => c.Value == "p99\n2026-01-01T00:00:01Z: 30 ms");
        Assert.Contains(chart.Descendants(Svg + "text"), t => t.Value == "00:00:00");
    }

    [Fact]
    public void Time_series_convert_time_units_and_split_series_by_a_column()
    {
        var table = new ReportTable("Access rate over time", "d", ["Log", "From", "Mean latency"],
        [
            ["a.log", "2026-01-01T00:00:00", "670µs"], ["a.log", "2026-01-01T00:00:05", "1.31ms"],
            ["b.log", "2026-01-01T00:00:00", "2.46s"], ["b.log", "2026-01-01T00:00:05", "1s"],
        ], null)
        {
            Figure = new TimeSeriesFigure(1, [2], "ms") { SeriesColumn = 0, LogScale = true },
        };
        var report = new ReportModel { ToolVersion = "0", Bundle = "b", Verdict = "inconclusive", VerdictReason = "r", Findings = [], Inputs = [], Rules = [], Tables = [table] };
        var chart = Parse(HtmlReportWriter.Render(report)).Descendants(Svg + "svg").Single();
        Assert.Equal(2, chart.Descendants(Svg + "polyline").Count());
        var titles = chart.Descendants(Svg + "circle").Select(c => c.Value).ToList();
        Assert.Contains("Mean latency — a.log\n2026-01-01T00:00:00: 0.67 ms", titles);
        Assert.Contains("Mean latency — b.log\n2026-01-01T00:00:00: 2460 ms", titles);
        Assert.Contains(chart.Descendants(Svg + "text"), t => t.Value == "1000 ms"); // a decade tick
    }

    [Theory]
    [InlineData("main.fingerprint", 300, "main.fingerprint")]
    [InlineData("github.com/acme/service/internal/store.(*DB).Query", 150, "store.(*DB).Query")]
    [InlineData("github.com/acme/service/internal/store.(*DB).Query", 80, "store.(*DB…")]
    [InlineData("runtime.mallocgc", 25, null)]
    public void Labels_fit_their_frame(string function, double width, string? expected) =>
        Assert.Equal(expected, FlameGraphSvg.Label(function, width));

    private static XDocument Parse(string html)
    {
        using var reader = XmlReader.Create(new StringReader(html), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        return XDocument.Load(reader);
    }
}
