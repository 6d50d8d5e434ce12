using Analyzer.Pipeline;
using Analyzer.Reporting;
using Analyzer.Tests.Support;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace Analyzer.Tests.Reports;

/// <summary>The reports must render cleanly on GitHub: parsed with Markdig's GitHub-like pipeline, every table is a table.</summary>
public sealed class MarkdownRenderingTests
{
    private static readonly MarkdownPipeline GitHubLike = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    [Theory]
    [MemberData(nameof(FixtureReportTests.Fixtures), MemberType = typeof(FixtureReportTests))]
    public void Report_parses_into_the_expected_structure(string fixture)
    {
        var markdown = MarkdownReportWriter.Render(Analysis.Run(Path.Combine(RepoPaths.Fixtures, fixture), ShippedRules.Rules));
        var doc = Markdown.Parse(markdown, GitHubLike);

        var headings = doc.Descendants<HeadingBlock>().Where(h => h.Level == 2).Select(h => h.Inline?.FirstChild?.ToString()).ToList();
        Assert.Contains("Findings", headings);
        Assert.Contains("Inputs", headings);
        Assert.Contains("Rules", headings);
        Assert.Empty(doc.Descendants<HtmlBlock>());

        var tables = doc.Descendants<Table>().ToList();
        Assert.NotEmpty(tables); // at least the inventory
        foreach (var table in tables)
        {
            var rows = table.OfType<TableRow>().ToList();
            var width = rows[0].Count;
            Assert.All(rows, r => Assert.Equal(width, r.Count));
        }
        // Every table source line starts and ends with a pipe: a stray newline in a cell would break the table.
        Assert.All(markdown.Split('\n').Where(l => l.StartsWith('|')), l => Assert.EndsWith("|", l, StringComparison.Ordinal));
    }

    [Fact]
    public void Hostile_text_cannot_break_out_of_a_table_cell()
    {
        Assert.Equal("a \\| b c", MarkdownText.Cell("a | b\nc"));
        Assert.Equal("`` a`b ``", MarkdownText.Code("a`b").Replace("``a`b``", "`` a`b ``", StringComparison.Ordinal));
        Assert.Equal("&lt;script&gt;", MarkdownText.Text("<script>"));
    }

    [Theory]
    [InlineData("run `cat x > y` now", "run `cat x > y` now")]
    [InlineData("a <b> `c<d>` e<f>", "a &lt;b&gt; `c<d>` e&lt;f&gt;")]
    [InlineData("``a ` <b>`` <c>", "``a ` <b>`` &lt;c&gt;")]
    [InlineData("unmatched ` <x>", "unmatched \\` &lt;x&gt;")]
    public void Angle_brackets_are_escaped_in_text_but_kept_inside_code_spans(string text, string expected) =>
        Assert.Equal(expected, MarkdownText.Text(text));
}
