using Analyzer.Reporting;
using Analyzer.Rules.Model;

namespace Analyzer.Cli.Commands;

/// <summary>
/// <c>--fail-on</c>: a severity level (a finding at or above it exits 1) and/or <c>incomplete</c> (evidence the analysis
/// could not read whole exits 3). A finding outranks incompleteness: what was found is the stronger news.
/// </summary>
internal static class FailOn
{
    public const string Incomplete = "incomplete";

    public static int ExitCode(IReadOnlyList<string> levels, ReportModel report)
    {
        foreach (var level in levels)
        {
            if (SeverityText.TryParse(level, out var threshold) && report.Findings.Any(f => f.Severity >= threshold))
                return ExitCodes.Findings;
        }
        return levels.Contains(Incomplete) && report.Gaps.Count > 0 ? ExitCodes.Incomplete : ExitCodes.Ok;
    }
}
