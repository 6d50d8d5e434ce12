namespace Analyzer.Reporting.Baselines;

/// <summary>A finding as an earlier report recorded it: enough to name it when it is gone.</summary>
public sealed record PreviousFinding(string Fingerprint, string RuleId, string Title, string Message);
