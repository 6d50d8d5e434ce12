using System.CommandLine;
using Analyzer.Bundles;
using Analyzer.Pipeline;
using Analyzer.Reporting;
using Analyzer.Reporting.Gaps;
using Analyzer.Reporting.Baselines;

namespace Analyzer.Cli.Commands;

/// <summary>
/// <c>triage analyze &lt;bundle|-&gt; [--format] [--output FILE|-] [--rules DIR]... [--no-builtin-rules] [--config FILE] [--fail-on]</c>
/// </summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var bundle = new Argument<string>("bundle")
        {
            Description = "A directory, .tar, .tar.gz/.tgz, .tar.xz, .zip, a single file or a single .gz file; '-' reads a file or an archive stream from standard input.",
        };
        var format = new Option<string?>("--format")
        {
            Description = "Report format: markdown, json, sarif (SARIF 2.1.0 for code scanning), or html (one self-contained file with flame graphs). Default: from the --output extension (.md .json .sarif .html), else markdown.",
        };
        format.AcceptOnlyFromAmong(ReportFormat.Names);
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file ('-': standard output, the default)." };
        var rules = new Option<string[]>("--rules") { Description = "A rules directory (repeatable); its rules are added to the built-in ones (an id already used is an error)." };
        var noBuiltins = new Option<bool>("--no-builtin-rules") { Description = "Use only the --rules directories, not the built-in rules (verdict rules included)." };
        var config = new Option<string?>("--config") { Description = "A config file overriding rule severity, enablement and params." };
        var failOn = new Option<string[]>("--fail-on")
        {
            Description = "Exit 1 when a finding at or above this severity is reported; 'incomplete': exit 3 when the evidence was not all read (repeatable).",
        };
        failOn.AcceptOnlyFromAmong("error", "warning", "note", "incomplete");
        var baseline = new Option<string?>("--baseline") { Description = "An earlier JSON or SARIF report: each finding is marked new or unchanged, and those gone are listed." };
        var suppressions = new Option<string?>("--suppressions") { Description = "A YAML file of suppressions (fingerprint or rule + path glob, reason, expires): matching findings are listed apart and not counted." };
        var summary = new Option<bool>("--summary") { Description = "Write a short Markdown summary (verdict, counts, top findings, gaps) for a CI step summary." };
        var verbose = new Option<bool>("--verbose") { Description = "List the skipped rules by reason in the Markdown and HTML reports." };

        var command = new Command("analyze", "Analyze a diagnostic bundle and print the triage report.")
        {
            bundle, format, output, rules, noBuiltins, config, failOn, baseline, suppressions, summary, verbose,
        };
        command.SetAction(parse => Run(new AnalyzeOptions(
            parse.GetValue(bundle)!, parse.GetValue(format), parse.GetValue(output), parse.GetValue(rules) ?? [], parse.GetValue(noBuiltins),
            parse.GetValue(config), parse.GetValue(failOn) ?? [], parse.GetValue(baseline), parse.GetValue(suppressions),
            new ReportView(parse.GetValue(summary), parse.GetValue(verbose)))));
        return command;
    }

    private static int Run(AnalyzeOptions o)
    {
        var toStdout = o.Output is null or StandardStreams.Dash;
        var fromStdin = o.Bundle == StandardStreams.Dash;
        if (o.View.Summary && ReportFormat.Of(o.Format, o.Output) != "markdown")
            return Fail($"--summary writes Markdown; it cannot be combined with --format {ReportFormat.Of(o.Format, o.Output)}");
        // Checked before the analysis: a run of minutes must not end in "cannot write there".
        if (!toStdout && ReportOutput.Refusal(o.Output!, fromStdin ? "" : o.Bundle) is { } refusal)
            return Fail(refusal);
        if (o.NoBuiltins && o.Rules.Length == 0)
            return Fail("--no-builtin-rules needs at least one --rules directory");
        // A bundle on disk is read on another thread while the rules load: on a small bundle each takes milliseconds of
        // a run that should answer at once. A rule error still ends the run at once; the read ends with the process.
        var started = DateTimeOffset.UtcNow;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var reading = fromStdin ? null : Task.Run(() => BundleFactReader.Read(o.Bundle));
        RuleLoading.Loaded loaded;
        try
        {
            // The built-in rules were checked whole when the program was built, so each compiles when first evaluated;
            // rules a user brings with --rules are compiled whole now, so a broken one stops the run with file:line:col.
            // The built-ins come first: a user rule reusing a built-in id is reported at the user's file (TRI0105).
            loaded = RuleLoading.Load(o.Rules, o.Config, verify: o.Rules.Length > 0, usePacks: true, builtin: o.NoBuiltins ? null : BuiltinRules.Pack);
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            return Fail(e.Message);
        }
        if (loaded.Rules is null)
        {
            foreach (var d in loaded.Diagnostics.Items) Console.Error.WriteLine(d);
            return Fail($"the rules could not be used ({Plural.Of(loaded.Diagnostics.Items.Count, "error")}).");
        }
        if (ReportChanges.LoadSuppressions(o.Suppressions) is not { } suppressionSet) return ExitCodes.Unusable;
        var before = o.Baseline is null ? null : ReportChanges.LoadBaseline(o.Baseline);
        if (o.Baseline is not null && before is null) return ExitCodes.Unusable;
        ReportModel report;
        using (var progress = Progress.Start(fromStdin ? "reading standard input" : "reading the bundle"))
        {
            try
            {
                using var stdin = fromStdin
                    ? StdinBundle.Spool(Console.OpenStandardInput(), !Console.IsInputRedirected, BundleLimits.Default.MaxTotalBytes)
                    : null;
                progress.Phase = "analyzing";
                if (stdin is not null)
                {
                    started = DateTimeOffset.UtcNow;
                    clock.Restart();
                }
                var bundle = reading is null ? BundleFactReader.Read(stdin!.Path) : reading.GetAwaiter().GetResult();
                report = Analysis.Run(stdin?.Path ?? o.Bundle, bundle, loaded.Rules, suppressionSet);
                report = report with { Run = new AnalysisRun(started, clock.Elapsed, loaded.RulesDigest()) };
            }
            catch (BundleException e)
            {
                return Fail(e.Message);
            }
        }
        if (before is not null)
            report = report with { Baseline = BaselineComparison.Compare(Path.GetFileName(o.Baseline!), before, report) };
        ReportChanges.WarnExpired(report);
        // Said on stderr too: a report read only in part must not pass for a report of the whole bundle.
        foreach (var line in GapSentences.Lines(report.Gaps))
            Console.Error.WriteLine($"triage: incomplete evidence: {line}");
        var format = ReportFormat.Of(o.Format, o.Output);
        if (toStdout)
        {
            using var stdout = Console.OpenStandardOutput();
            ReportRendering.Write(report, format, o.View, stdout);
        }
        else
        {
            try
            {
                ReportOutput.Write(o.Output!, stream => ReportRendering.Write(report, format, o.View, stream));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return Fail($"cannot write {o.Output}: {e.Message}");
            }
            Console.Error.WriteLine($"triage: wrote {o.Output} ({format}; verdict {report.Verdict}, {Humanize.Count(report.Findings.Count, "finding")})");
        }
        return FailOn.ExitCode(o.FailOn, report);
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine($"triage: {message}");
        return ExitCodes.Unusable;
    }
}
