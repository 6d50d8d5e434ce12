using Analyzer.Reporting;
using Analyzer.Reporting.Baselines;
using Analyzer.Reporting.Suppressions;
using Analyzer.Rules.Config;
using Analyzer.Rules.Diagnostics;

namespace Analyzer.Cli.Commands;

/// <summary>Reading --baseline and --suppressions for the command line: every failure one line on stderr, then exit 2.</summary>
internal static class ReportChanges
{
    /// <summary>The suppressions in force today (none without a file), or null after saying what is wrong with the file.</summary>
    public static SuppressionSet? LoadSuppressions(string? file)
    {
        if (file is null) return SuppressionSet.None;
        string text;
        try
        {
            text = File.ReadAllText(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"triage: cannot read --suppressions {file}: {e.Message}");
            return null;
        }
        var diagnostics = new DiagnosticBag();
        var entries = SuppressionFile.Load(file, text, diagnostics);
        if (diagnostics.HasErrors)
        {
            foreach (var d in diagnostics.Items) Console.Error.WriteLine(d);
            Console.Error.WriteLine($"triage: the suppressions file could not be used ({Plural.Of(diagnostics.Items.Count, "error")}).");
            return null;
        }
        return new SuppressionSet(entries, DateOnly.FromDateTime(DateTime.UtcNow));
    }

    public static PreviousReport? LoadBaseline(string file)
    {
        try
        {
            return PreviousReport.TryLoad(file)
                   ?? Refuse($"--baseline {file} is not a JSON or SARIF report written by triage");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return Refuse($"cannot use --baseline {file}: {e.Message}");
        }
    }

    /// <summary>An expired suppression is said on stderr as well as in the report: the finding it hid counts again.</summary>
    public static void WarnExpired(ReportModel report)
    {
        foreach (var e in report.ExpiredSuppressions)
            Console.Error.WriteLine($"triage: warning: the suppression at {e.Location} ({e.Target}) expired on {e.Expires:yyyy-MM-dd}; it suppresses nothing any more");
    }

    private static PreviousReport? Refuse(string message)
    {
        Console.Error.WriteLine($"triage: {message}");
        return null;
    }
}
