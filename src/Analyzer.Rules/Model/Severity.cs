namespace Analyzer.Rules.Model;

/// <summary>Finding severities, named as SARIF levels so every renderer maps them one to one.</summary>
public enum Severity
{
    Note = 0,
    Warning = 1,
    Error = 2,
}
