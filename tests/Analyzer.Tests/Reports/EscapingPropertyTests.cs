using Analyzer.Families.Go.Facts;
using Analyzer.Inventory;
using Analyzer.Pipeline;
using Analyzer.Reporting;
using Analyzer.Reporting.Html;
using Analyzer.Rules.Engine;
using Analyzer.Rules.Facts;
using Analyzer.Rules.Model;
using Analyzer.Rules.Templates;
using Analyzer.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace Analyzer.Tests.Reports;

/// <summary>
/// Random bundle text — built from the pieces that make Markdown and HTML markup (backtick runs, brackets, angle
/// brackets, entities, URLs, event handlers, line breaks, the value markers) — put into every place of the report model
/// that carries bundle text and through every renderer: the Markdown has no link, image or raw HTML, and the HTML no
/// element or attribute the renderer did not write (<see cref="InjectionTests.AssertInert"/>). A second property
/// runs whole bundles through the pipeline with the text spliced into a panic message, a task name and a file name.
/// </summary>
public sealed class EscapingPropertyTests
{
    private static readonly string[] Pieces =
    [
        "`", "``", "```", " ` ", "[", "]", "(", ")", "![", "](", "<", ">", "</", "/>", "&", "&lt;", "&#60;", "&#x3c;", "*", "**", "_", "__",
        "~~", "\\", "\\`", "\\[", "|", "#", "# ", "- ", "1. ", "> ", "---", "\n", "\r\n", "\t", " ", "  ", ":", "\"", "'", "=", "a", "x1",
        "javascript:", "JaVaScRiPt:", "http://evil.example/p.png", "www.evil.example", "mailto:x@y", "<a href=\"javascript:alert(1)\">",
        "<img src=http://evil.example/q.png>", "<script>", "onerror=", " onload=\"x\"", "<svg onload=x>", "[x]: javascript:y", "[x]",
        "\uE000", "\uE001", "\u0001", "\uFFFE", "\u00e9", "→", "{{", "}}",
    ];

    private static readonly Arbitrary<string> BundleText =
        Gen.Elements(Pieces).ArrayOf().Select(p => string.Concat(p)).ToArbitrary();

    [Fact]
    public void Random_bundle_text_never_becomes_markup_in_any_renderer() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(400), Prop.ForAll(BundleText, text =>
        {
            var report = Model(text);
            InjectionTests.AssertInert(MarkdownReportWriter.Render(report), HtmlReportWriter.Render(report));
            JsonReportWriter.Write(report, Stream.Null);
        }));

    [Fact]
    public void Random_text_in_a_bundle_never_becomes_markup() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(40), Prop.ForAll(BundleText, text =>
        {
            var dir = Directory.CreateTempSubdirectory("triage-prop-").FullName;
            try
            {
                var line = text.Replace('\n', ' ').Replace('\r', ' ');
                var stderr = File.ReadAllText(Path.Combine(RepoPaths.Fixtures, "go-nil-panic", "stderr.txt"))
                    .Replace("runtime error: invalid memory address or nil pointer dereference", line, StringComparison.Ordinal);
                File.WriteAllText(Path.Combine(dir, "stderr.txt"), stderr);
                var comm = new string(line.Where(c => c != ' ' && c != ':').ToArray());
                if (comm.Length > 0)
                    File.WriteAllText(Path.Combine(dir, "dmesg.txt"), File.ReadAllText(Path.Combine(RepoPaths.Fixtures, "kernel-hung-io", "dmesg.txt"))
                        .Replace("jbd2/sdb1-8", comm, StringComparison.Ordinal));
                var name = new string(line.Where(c => c is not ('/' or '\\' or '\0') && !char.IsControl(c) && !char.IsSurrogate(c) && c != '\uFFFE').ToArray()).Trim();
                if (name.Length is > 0 and < 200 && name.Trim('.').Length > 0)
                    File.WriteAllText(Path.Combine(dir, name + ".txt"), stderr);
                var report = Analysis.Run(dir, ShippedRules.Rules);
                InjectionTests.AssertInert(MarkdownReportWriter.Render(report), HtmlReportWriter.Render(report));
            }
            finally
            {
                Directory.Delete(dir, recursive: true);
            }
        }));

    /// <summary>A report with <paramref name="text"/> in every field that can hold bundle text.</summary>
    private static ReportModel Model(string text)
    {
        var message = MessageText.Join(
            MessageText.Authored("Goroutine panicked: `panic: "), MessageText.Data(text), MessageText.Authored("` in `"),
            MessageText.Data(text), MessageText.Authored("` and "), MessageText.Data(text), MessageText.Authored(" <after>."));
        var evidence = new Provenance(text, 3, null, text);
        return new ReportModel
        {
            ToolVersion = "0",
            Bundle = text,
            Verdict = "problems",
            VerdictReason = $"1 finding from `{text}` in {text}",
            Findings =
            [
                new Finding("GO0006", Severity.Error, "go-panic", text, message, [evidence], [MessageText.Data(text), message], null),
                new Finding("GO0007", Severity.Note, "go-panic", "t", MessageText.Data(text), [], [], null),
            ],
            Inputs =
            [
                new InputRecord(text, "goroutine-dump", InputStatus.Partial, 1, [text, $"line 3: `{text}` is not a frame"]) { Notes = [text] },
                new InputRecord("b/" + text, text, InputStatus.Failed, 0, [$"{MarkdownText.Code(text)} exited with status 1"]),
            ],
            Rules =
            [
                new RuleOutcome("GO0001", "t", RuleOutcomeKind.Skipped, 0, text),
                new RuleOutcome("GO0002", "t", RuleOutcomeKind.Error, 0, text),
            ],
            Tables =
            [
                new ReportTable($"Profile {text} (cpu) — top functions", text, ["flat", text], [[text, text], ["", "1"]], text)
                {
                    Figure = new FlameGraphFigure(text),
                },
            ],
            FlameGraphs =
            [
                new FlameTree
                {
                    Provenance = new(text),
                    Path = text,
                    Kind = text,
                    SampleType = "cpu/nanoseconds",
                    Total = 100,
                    MinValue = 1,
                    Nodes = [new FlameNode { Function = text, Depth = 0, Value = 100, Self = 100 }],
                },
            ],
        };
    }
}
