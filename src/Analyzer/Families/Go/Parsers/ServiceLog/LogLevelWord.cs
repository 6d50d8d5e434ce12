namespace Analyzer.Families.Go.Parsers.ServiceLog;

/// <summary>
/// A level as libraries print it: zap/logrus/slog (`error`, `ERROR`), log15 (`eror`, `crit`), syslog names (`err`,
/// `crit`, `alert`, `emerg`), Python and Juju (`WARNING`, `CRITICAL`), brackets and a trailing colon allowed
/// (`[ERROR]`, `<error>`, `ERROR:`). Case-insensitive; anything else is not a level.
/// </summary>
internal static class LogLevelWord
{
    public static LogLevel Parse(ReadOnlySpan<char> word)
    {
        word = word.Trim("[]<>:\"'");
        if (word.Length is < 3 or > 9)
            return LogLevel.None;
        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return lower switch
        {
            "trace" or "debug" or "dbug" or "dbg" => LogLevel.Debug,
            "info" or "notice" or "inf" => LogLevel.Info,
            "warn" or "warning" or "wrn" => LogLevel.Warning,
            "error" or "err" or "eror" => LogLevel.Error,
            "fatal" or "crit" or "critical" or "panic" or "dpanic" or "alert" or "emerg" or "emergency" or "ftl" => LogLevel.Fatal,
            _ => LogLevel.None,
        };
    }
}
