namespace Analyzer.Reporting;

/// <summary>
/// The run-specific part of a report header: the start time (UTC), the elapsed time and the rule set's digest. Kept
/// apart from the rest of the model because it changes on every run.
/// </summary>
/// <param name="RulesDigest">The first hex digits of a SHA-256 over every rule file's name and content: two reports with
/// the same digest were judged by the same rules, whatever the tool's version.</param>
public sealed record AnalysisRun(DateTimeOffset StartedAt, TimeSpan Elapsed, string RulesDigest);
