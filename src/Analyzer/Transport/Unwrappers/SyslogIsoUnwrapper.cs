namespace Analyzer.Transport.Unwrappers;

/// <summary>
/// journalctl <c>-o short-iso</c> / <c>short-iso-precise</c> and rsyslog's ISO-8601 file format:
/// <c>2024-12-02T10:00:01[.123456]+01:00 host app[42]: msg</c>. A host or a pid is required: an application's own
/// <c>2024-… INFO: started</c> must not read as a tag.
/// </summary>
internal sealed class SyslogIsoUnwrapper : IUnwrapper
{
    public static SyslogIsoUnwrapper Instance { get; } = new();

    public string Name => "syslog/journald iso";

    public bool TryUnwrap(ReadOnlySpan<char> line, Span<char> scratch, ref LineParts parts)
    {
        var pri = SyslogShortUnwrapper.Priority(line);
        var s = line[pri..];
        var stamp = Scan.Rfc3339(s);
        if (stamp == 0 || stamp >= s.Length || s[stamp] != ' ')
            return false;
        var tag = SyslogTag.Match(s[(stamp + 1)..], SyslogTag.HostRule.HostOrPid, ref parts);
        if (tag == 0)
            return false;
        parts.Payload = s[(stamp + 1 + tag)..];
        return true;
    }
}
