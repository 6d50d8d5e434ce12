namespace Analyzer.Families.Go.Parsers.ServiceLog;

/// <summary>The levels a service log's lines are counted by; every logging library's words map onto these.</summary>
internal enum LogLevel
{
    None = 0,
    Debug,
    Info,
    Warning,
    Error,
    Fatal,
}
