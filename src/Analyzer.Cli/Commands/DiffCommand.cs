using System.CommandLine;
using System.Text;
using System.Text.Json;
using Analyzer.Bundles;
using Analyzer.Pipeline;
using Analyzer.Reporting;
using Analyzer.Reporting.Baselines;

namespace Analyzer.Cli.Commands;

/// <summary>
/// <c>triage diff OLD NEW [--format markdown|json]</c>: the findings new in NEW, gone from OLD and unchanged, by
/// fingerprint. Each side is a JSON or SARIF report triage wrote, or a bundle (analyzed with the built-in rules).
/// Exit 1 when NEW has a finding OLD had not, so a CI step can fail on regressions alone.
/// </summary>
internal static class DiffCommand
{
    public static Command Create()
    {
        var before = new Argument<string>("old") { Description = "The earlier JSON or SARIF report, or bundle." };
        var after = new Argument<string>("new") { Description = "The later JSON or SARIF report, or bundle." };
        var format = new Option<string>("--format") { Description = "markdown or json.", DefaultValueFactory = _ => "markdown" };
        format.AcceptOnlyFromAmong("markdown", "json");
        var command = new Command("diff", "Compare two reports or bundles: new, gone and unchanged findings (exit 1 when there are new ones).") { before, after, format };
        command.SetAction(parse => Run(parse.GetValue(before)!, parse.GetValue(after)!, parse.GetValue(format)!));
        return command;
    }

    private static int Run(string oldPath, string newPath, string format)
    {
        if (Side(oldPath) is not { } old || Side(newPath) is not { } now) return ExitCodes.Unusable;
        var diff = ReportDiff.Of(Name(oldPath), old, Name(newPath), now);
        using var stdout = Console.OpenStandardOutput();
        if (format == "json") Json(diff, stdout);
        else stdout.Write(Encoding.UTF8.GetBytes(diff.Markdown()));
        return diff.Added.Count > 0 ? ExitCodes.Findings : ExitCodes.Ok;
    }

    private static string Name(string path) => Path.GetFileName(Path.TrimEndingDirectorySeparator(path));

    /// <summary>A report read back, or a bundle analyzed now; null after saying why neither worked.</summary>
    private static PreviousReport? Side(string path)
    {
        try
        {
            if (File.Exists(path) && PreviousReport.TryLoad(path) is { } report) return report;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            Console.Error.WriteLine($"triage: cannot use {path}: {e.Message}");
            return null;
        }
        var loaded = RuleLoading.Load([], builtin: BuiltinRules.Pack);
        if (loaded.Rules is null)
        {
            foreach (var d in loaded.Diagnostics.Items) Console.Error.WriteLine(d);
            return null;
        }
        try
        {
            using var progress = Progress.Start($"analyzing {Name(path)}");
            return PreviousReport.Of(Analysis.Run(path, loaded.Rules));
        }
        catch (BundleException e)
        {
            Console.Error.WriteLine($"triage: {e.Message}");
            return null;
        }
    }

    private static void Json(ReportDiff d, Stream output)
    {
        using (var w = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteNumber("schemaVersion", 1);
            Side(w, "old", d.OldName, d.OldVerdict);
            Side(w, "new", d.NewName, d.NewVerdict);
            List(w, "added", d.Added);
            List(w, "gone", d.Gone);
            List(w, "unchanged", d.Unchanged);
            w.WriteEndObject();
        }
        output.WriteByte((byte)'\n');
    }

    private static void Side(Utf8JsonWriter w, string name, string report, string verdict)
    {
        w.WriteStartObject(name);
        w.WriteString("report", report);
        w.WriteString("verdict", verdict);
        w.WriteEndObject();
    }

    private static void List(Utf8JsonWriter w, string name, IReadOnlyList<PreviousFinding> findings)
    {
        w.WriteStartArray(name);
        foreach (var f in findings)
        {
            w.WriteStartObject();
            w.WriteString("fingerprint", f.Fingerprint);
            w.WriteString("ruleId", f.RuleId);
            w.WriteString("title", f.Title);
            w.WriteString("message", f.Message);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }
}
