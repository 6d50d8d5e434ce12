using Analyzer.Families.JuiceFs.Parsers.JuiceFsAccessLog;

namespace Analyzer.Families.JuiceFs.Parsers.JuiceFsClientLog;

/// <summary>
/// The head of a client-log message (pkg/utils/logger.go), after ANSI colour codes are removed:
/// <code>
/// [LOGID] 2006/01/02 15:04:05.000000 juicefs[PID] &lt;LEVEL&gt;: MESSAGE [Method@file.go:LINE] map[k:v]   v1.3+, --log-id
/// 2006/01/02 15:04:05.000000 juicefs[PID] &lt;LEVEL&gt;: MESSAGE [file.go:LINE]                          v1.0-1.2
/// 2006/01/02 15:04:05.000000 juicefs[PID] &lt;LEVEL&gt;: MESSAGE                                        older
/// </code>
/// A transport prefix (container runtime or CI timestamp) before the date is skipped.
/// </summary>
internal readonly ref struct ClientLogHeader
{
    /// <summary>How far into a line the date may start (a `[log-id] ` or a transport prefix before it).</summary>
    private const int MaxPrefix = 96;

    public required long TimeMicros { get; init; }
    public required long Pid { get; init; }
    public required LogLevel Level { get; init; }
    public required ReadOnlySpan<char> Message { get; init; }
    public required LocationStyle Location { get; init; }

    public static bool TryParse(ReadOnlySpan<char> line, LocalTimestamp clock, out ClientLogHeader header)
    {
        header = default;
        var start = FindDate(line);
        if (start < 0 || !clock.TryParse(line[start..], out var time))
            return false;
        var rest = line[(start + LocalTimestamp.Length)..];
        if (rest.Length < 2 || rest[0] != ' ')
            return false;
        rest = rest[1..];
        var open = rest.IndexOf('[');
        if (open <= 0 || open > 64 || rest[..open].Contains(' '))
            return false; // the logger name ("juicefs") is one word
        rest = rest[(open + 1)..];
        var close = rest.IndexOf(']');
        if (close <= 0 || !long.TryParse(rest[..close], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var pid))
            return false;
        rest = rest[(close + 1)..];
        if (!rest.StartsWith(" <"))
            return false;
        rest = rest[2..];
        var gt = rest.IndexOf(">:");
        if (gt <= 0 || gt > 16)
            return false;
        var level = ParseLevel(rest[..gt]);
        if (level == LogLevel.Unknown)
            return false;
        var message = rest[(gt + 2)..].TrimStart(' ');
        var location = StripLocation(ref message);
        header = new ClientLogHeader { TimeMicros = time, Pid = pid, Level = level, Message = message, Location = location };
        return true;
    }

    private static int FindDate(ReadOnlySpan<char> line)
    {
        var limit = Math.Min(line.Length - LocalTimestamp.Length, MaxPrefix);
        for (var i = 0; i <= limit; i++)
        {
            if (line[i + 4] == '/' && line[i + 7] == '/' && line[i + 10] == ' ' && char.IsAsciiDigit(line[i]) && char.IsAsciiDigit(line[i + 3])
                && (i == 0 || line[i - 1] == ' '))
                return i;
        }
        return -1;
    }

    private static LogLevel ParseLevel(ReadOnlySpan<char> s) => s switch
    {
        "TRACE" or "DEBUG" => LogLevel.Debug,
        "INFO" => LogLevel.Info,
        "WARNING" or "WARN" => LogLevel.Warning,
        "ERROR" => LogLevel.Error,
        "FATAL" or "PANIC" => LogLevel.Fatal,
        _ => LogLevel.Unknown,
    };

    /// <summary>Removes a trailing ` [file.go:N]` / ` [Method@file.go:N]` (and logrus ` map[...]` fields after it).</summary>
    private static LocationStyle StripLocation(ref ReadOnlySpan<char> message)
    {
        var go = message.LastIndexOf(".go:");
        if (go < 0)
            return LocationStyle.None;
        var open = message[..go].LastIndexOf(" [");
        var close = message[go..].IndexOf(']');
        if (open < 0 || close < 0 || go - open > 160)
            return LocationStyle.None;
        var inside = message[(open + 2)..(go + close)];
        var colon = inside.LastIndexOf(':');
        if (colon < 0 || inside.Contains(' ') || !IsDigits(inside[(colon + 1)..]))
            return LocationStyle.None;
        var after = message[(go + close + 1)..];
        if (!after.IsEmpty && !after.StartsWith(" map["))
            return LocationStyle.None; // "[x.go:1]" in the middle of a message is text
        message = message[..open];
        return inside.Contains('@') ? LocationStyle.Method : LocationStyle.File;
    }

    private static bool IsDigits(ReadOnlySpan<char> s) => !s.IsEmpty && !s.ContainsAnyExceptInRange('0', '9');
}
