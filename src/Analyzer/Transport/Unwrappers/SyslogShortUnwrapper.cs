using Analyzer.Text;

namespace Analyzer.Transport.Unwrappers;

/// <summary>
/// RFC 3164 syslog and journalctl <c>-o short</c> / <c>short-precise</c>:
/// <c>[&lt;PRI&gt;]Dec  2 10:00:01[.123456] [host ][facility.level ]app[42]: msg</c>. The host may be missing
/// (journald without hostname, syslog on the wire). One type for all of them: the stamp differs only by a fraction.
/// </summary>
internal sealed class SyslogShortUnwrapper : IUnwrapper
{
    public static SyslogShortUnwrapper Instance { get; } = new();

    public string Name => "syslog/journald short";

    public bool TryUnwrap(ReadOnlySpan<char> line, Span<char> scratch, ref LineParts parts)
    {
        var s = line;
        var pri = Priority(s);
        s = s[pri..];
        var stamp = TimestampPrefix.SyslogPrecise(s);
        if (stamp == 0)
            return false;
        var tag = SyslogTag.Match(s[stamp..], SyslogTag.HostRule.Optional, ref parts);
        if (tag == 0)
            return false;
        parts.Payload = s[(stamp + tag)..];
        return true;
    }

    /// <summary>Length of a leading <c>&lt;13&gt;</c> priority, 0 if none.</summary>
    public static int Priority(ReadOnlySpan<char> s)
    {
        if (s.Length < 3 || s[0] != '<') return 0;
        var n = Scan.Digits(s, 1);
        return n is > 0 and <= 3 && 1 + n < s.Length && s[1 + n] == '>' ? n + 2 : 0;
    }
}
