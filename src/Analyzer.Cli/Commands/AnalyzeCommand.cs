using System.CommandLine;
using System.Text;
using Analyzer.Bundles;
using Analyzer.Pipeline;
using Analyzer.Reporting;
using Analyzer.Reporting.Gaps;
using Analyzer.Reporting.Html;
using Analyzer.Reporting.Sarif;
using Analyzer.Rules.Model;

namespace Analyzer.Cli.Commands;

/// <summary><c>triage analyze &lt;bundle&gt; [--format] [--output] [--rules DIR]... [--config FILE] [--fail-on]</c></summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var bundle = new Argument<string>("bundle") { Description = "A directory, .tar, .tar.gz/.tgz, .tar.xz, .zip, a single file or a single .gz file." };
        var format = new Option<string>("--format") { Description = "Report format: markdown, json, sarif (SARIF 2.1.0 for code scanning), or html (one self-contained file with flame graphs).", DefaultValueFactory = _ => "markdown" };
        format.AcceptOnlyFromAmong("markdown", "json", "sarif", "html");
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of standard output." };
        var rules = new Option<string[]>("--rules") { Description = "A rules directory (repeatable); replaces the built-in rules." };
        var config = new Option<string?>("--config") { Description = "A config file overriding rule severity, enablement and params." };
        var failOn = new Option<string[]>("--fail-on")
        {
            Description = "Exit 1 when a finding at or above this severity is reported; 'incomplete': exit 3 when the evidence was not all read (repeatable).",
        };
        failOn.AcceptOnlyFromAmong("error", "warning", "note", "incomplete");
        var summary = new Option<bool>("--summary") { Description = "Write a short Markdown summary (verdict, counts, top findings, gaps) for a CI step summary." };
        var verbose = new Option<bool>("--verbose") { Description = "List the skipped rules by reason in the Markdown and HTML reports." };

        var command = new Command("analyze", "Analyze a diagnostic bundle and print the triage report.") { bundle, format, output, rules, config, failOn, summary, verbose };
        command.SetAction(parse => Run(
            parse.GetValue(bundle)!, parse.GetValue(format)!, parse.GetValue(output), parse.GetValue(rules), parse.GetValue(config), parse.GetValue(failOn),
            new View(parse.GetValue(summary), parse.GetValue(verbose))));
        return command;
    }

    /// <summary>The report options of the Markdown renderer: the CI summary instead of the report, or the skipped rules listed.</summary>
    private sealed record View(bool Summary, bool Verbose);

    private static int Run(string bundle, string format, string? output, string[]? ruleDirs, string? configFile, string[]? failOn, View view)
    {
        if (view.Summary && format != "markdown")
        {
            Console.Error.WriteLine($"triage: --summary writes Markdown; it cannot be combined with --format {format}");
            return ExitCodes.Unusable;
        }
        // Checked before the analysis: a run of minutes must not end in "cannot write there".
        if (output is not null && ReportOutput.Refusal(output, bundle) is { } refusal)
        {
            Console.Error.WriteLine($"triage: {refusal}");
            return ExitCodes.Unusable;
        }
        RuleLoading.Loaded loaded;
        try
        {
            // The shipped rules are checked whole by CI (`rules check`), so their templates compile on first use; rules
            // a user brings with --rules are compiled whole now, so a broken one stops the run with file:line:col.
            loaded = RuleLoading.Load(RuleDirectories.Resolve(ruleDirs), configFile, verifyTemplates: ruleDirs is { Length: > 0 });
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"triage: {e.Message}");
            return ExitCodes.Unusable;
        }
        if (loaded.Rules is null)
        {
            foreach (var d in loaded.Diagnostics.Items) Console.Error.WriteLine(d);
            Console.Error.WriteLine($"triage: the rules could not be used ({loaded.Diagnostics.Items.Count} error(s)).");
            return ExitCodes.Unusable;
        }
        ReportModel report;
        try
        {
            var started = DateTimeOffset.UtcNow;
            var clock = System.Diagnostics.Stopwatch.StartNew();
            report = Analysis.Run(bundle, loaded.Rules);
            report = report with { Run = new AnalysisRun(started, clock.Elapsed, RulesDigest.Of(loaded.Rules.Definitions)) };
        }
        catch (BundleException e)
        {
            Console.Error.WriteLine($"triage: {e.Message}");
            return ExitCodes.Unusable;
        }
        // Said on stderr too: a report read only in part must not pass for a report of the whole bundle.
        foreach (var line in GapSentences.Lines(report.Gaps))
            Console.Error.WriteLine($"triage: incomplete evidence: {line}");
        var text = format switch
        {
            "json" => Json(report, JsonReportWriter.Write),
            "sarif" => Json(report, SarifReportWriter.Write),
            "html" => HtmlReportWriter.Render(report, new MarkdownOptions(view.Verbose)),
            _ when view.Summary => MarkdownSummaryWriter.Render(report),
            _ => MarkdownReportWriter.Render(report, new MarkdownOptions(view.Verbose)),
        };
        if (output is null)
            Console.Out.Write(text);
        else
        {
            try
            {
                ReportOutput.Write(output, text);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"triage: cannot write {output}: {e.Message}");
                return ExitCodes.Unusable;
            }
            Console.Error.WriteLine($"triage: wrote {output} (verdict {report.Verdict}, {Humanize.Count(report.Findings.Count, "finding")})");
        }
        return FailOn.ExitCode(failOn ?? [], report);
    }

    private static string Json(ReportModel report, Action<ReportModel, Stream> write)
    {
        using var buffer = new MemoryStream();
        write(report, buffer);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
