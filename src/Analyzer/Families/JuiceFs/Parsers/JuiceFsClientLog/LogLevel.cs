namespace Analyzer.Families.JuiceFs.Parsers.JuiceFsClientLog;

/// <summary>logrus levels as the JuiceFS logger prints them (TRACE folds into Debug, PANIC into Fatal).</summary>
internal enum LogLevel
{
    Unknown,
    Debug,
    Info,
    Warning,
    Error,
    Fatal,
}
