using System.Text.RegularExpressions;

namespace Analyzer.Tests.Damage;

/// <summary>
/// The program and bare message of a line about to be re-wrapped by a syslog-like carrier. journald and syslog
/// print kernel lines bare (<c>host kernel: msg</c>), so a kernel log's own prefixes (a syslog or ISO stamp with
/// host and tag, a dmesg <c>[ 12.345678]</c> or <c>dmesg -T</c> stamp) are taken off first; other programs' lines
/// in a kernel log keep their own tag. A service log's lines are messages as they are, from <c>app[42]</c>.
/// </summary>
internal static partial class SyslogSource
{
    public const string App = "app[42]";

    public static (string Program, string Message) Of(string line, EvidenceKind kind)
    {
        if (kind != EvidenceKind.KernelLog)
            return (App, line);
        var program = "kernel";
        var message = line;
        if (SyslogPrefix().Match(message) is { Success: true } syslog)
        {
            program = syslog.Groups["program"].Value;
            message = syslog.Groups["message"].Value;
        }
        if (program == "kernel" && DmesgStamp().Match(message) is { Success: true } stamp)
            message = message[stamp.Length..];
        return (program, message);
    }

    /// <summary>journalctl's own header and footer lines (<c>-- Logs begin at …</c>, <c>-- Reboot --</c>), printed bare.</summary>
    public static bool IsJournalMarker(string line) => line.StartsWith("-- ", StringComparison.Ordinal);

    [GeneratedRegex(@"^(?:[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d(?:\.\d+)?|\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d)?) \S+ (?<program>[^\s:]+): ?(?<message>.*)$")]
    private static partial Regex SyslogPrefix();

    [GeneratedRegex(@"^\[(?:\s*\d+\.\d+|[A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d \d{4})\] ?")]
    private static partial Regex DmesgStamp();
}
