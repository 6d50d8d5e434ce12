using System.Security.Cryptography;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Analyzer.Reporting;
using Analyzer.Reporting.Html;
using Analyzer.Tests.Support;

namespace Analyzer.Tests.Reports;

/// <summary>
/// The HTML report's pictures: interval charts for iostat, vmstat and PSI with titles, axis titles and a legend entry
/// naming every series; flame graphs with one inline script that the Content-Security-Policy allows by hash only;
/// numbers that never break from their units.
/// </summary>
public sealed class HtmlChartsAndScriptTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void Host_intervals_are_charted_with_titles_axes_and_named_series()
    {
        var report = FixtureReports.Of("host-disk-busy");
        var page = Parse(HtmlReportWriter.Render(report));
        var charts = page.Descendants(Svg + "svg").Where(s => (string?)s.Attribute("class") == "chart").ToList();
        var titles = charts.Select(c => c.Elements(Svg + "text").First(t => (string?)t.Attribute("class") == "chart-title").Value).ToList();
        Assert.Contains("%util per device — iostat-x-t.txt", titles);
        Assert.Contains("Await per device — iostat-x-t.txt", titles);
        Assert.Contains("CPU (vmstat) — vmstat-t.txt", titles);
        Assert.Contains("Tasks (vmstat) — vmstat-t.txt", titles);
        Assert.Contains("Pressure stall (PSI) by window", titles);
        foreach (var chart in charts)
        {
            Assert.Equal(2, chart.Elements(Svg + "text").Count(t => (string?)t.Attribute("class") == "axis-title"));
            var legend = chart.Elements(Svg + "g").Where(g => (string?)g.Attribute("class") == "legend").Select(g => g.Element(Svg + "text")!.Element(Svg + "title")!.Value).ToList();
            var drawn = chart.Elements(Svg + "polyline").Count() + chart.Elements(Svg + "rect").Where(r => r.Element(Svg + "title") is not null).Select(r => r.Element(Svg + "title")!.Value.Split('\n')[0]).Distinct().Count();
            Assert.Equal(drawn, legend.Count);
            Assert.Equal(legend.Count, legend.Distinct().Count()); // every series named apart
        }
        var await = charts.Single(c => c.Descendants(Svg + "text").Any(t => t.Value == "Await per device — iostat-x-t.txt"));
        Assert.Contains(await.Descendants(Svg + "title"), t => t.Value == "vda read");
        Assert.Contains(await.Descendants(Svg + "title"), t => t.Value == "vda write");
        // The iostat charts follow the iostat table, the rest come in their own section before the inputs.
        var html = HtmlReportWriter.Render(report);
        Assert.True(html.IndexOf("Block devices (iostat)", StringComparison.Ordinal) < html.IndexOf("%util per device", StringComparison.Ordinal));
        Assert.True(html.IndexOf("<h2>Host resources over time</h2>", StringComparison.Ordinal) < html.IndexOf("<h2>Inputs</h2>", StringComparison.Ordinal));
    }

    [Fact]
    public void Legend_names_keep_their_start_and_end()
    {
        Assert.Equal("Mean latency — a.log", LineChartSvg.LegendName("Mean latency — a.log"));
        var cut = LineChartSvg.LegendName("Mean latency — juicefs/access/2026-11-29/client-42.log");
        Assert.StartsWith("Mean latency", cut, StringComparison.Ordinal);
        Assert.EndsWith("client-42.log", cut, StringComparison.Ordinal);
        Assert.Contains('…', cut);
    }

    [Theory]
    [InlineData("go-gc-heavy")]
    [InlineData("perf-hot")]
    public void The_flame_script_is_the_only_script_and_the_policy_allows_it_by_hash(string fixture)
    {
        var html = HtmlReportWriter.Render(FixtureReports.Of(fixture));
        var page = Parse(html);
        var script = Assert.Single(page.Descendants("script"));
        Assert.Empty(script.Attributes());
        Assert.Equal(FlameScript.Text, script.Value);
        var policy = (string)page.Descendants("meta").Single(m => (string?)m.Attribute("http-equiv") == "Content-Security-Policy").Attribute("content")!;
        var hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script.Value)));
        Assert.Contains($"script-src 'sha256-{hash}'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline';", policy.Split("script-src")[1], StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        // The script builds its controls itself and writes text only through textContent.
        Assert.DoesNotContain("innerHTML", FlameScript.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("eval(", FlameScript.Text, StringComparison.Ordinal);
        Assert.All(page.Descendants("figure").Where(f => f.Attribute("id")!.Value.StartsWith("flame-", StringComparison.Ordinal)),
            f => Assert.Equal("flamegraph", (string?)f.Attribute("class")));
    }

    [Fact]
    public void A_page_without_flame_graphs_has_no_script_and_no_script_source()
    {
        var html = HtmlReportWriter.Render(FixtureReports.Of("host-disk-busy"));
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("script-src", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<p>read await up to 1.65 ms, 131 MiB in use</p>", "<p>read await up to 1.65&#160;ms, 131&#160;MiB in use</p>")]
    [InlineData("<p>7 of 7 intervals, 100 % busy</p>", "<p>7 of 7 intervals, 100&#160;% busy</p>")]
    [InlineData("<p>run <code>sleep 5 s</code> then</p>", "<p>run <code>sleep 5 s</code> then</p>")]
    [InlineData("<td style=\"text-align: right;\">2 s</td>", "<td style=\"text-align: right;\">2&#160;s</td>")]
    [InlineData("<p>3 sockets, 2 samples</p>", "<p>3 sockets, 2 samples</p>")]
    public void Numbers_keep_their_units_on_the_same_line(string html, string expected) => Assert.Equal(expected, NumberSpacing.Apply(html));

    private static XDocument Parse(string html)
    {
        using var reader = XmlReader.Create(new StringReader(html), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        return XDocument.Load(reader);
    }
}
