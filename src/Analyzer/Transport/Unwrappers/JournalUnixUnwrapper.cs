namespace Analyzer.Transport.Unwrappers;

/// <summary>
/// journalctl <c>-o short-unix</c>: <c>1733133601.123456 host app[42]: msg</c> (seconds since the epoch with a
/// fraction). The fraction and a host-or-pid tag are required, so a number at the start of a data row is not a stamp.
/// </summary>
internal sealed class JournalUnixUnwrapper : IUnwrapper
{
    public static JournalUnixUnwrapper Instance { get; } = new();

    public string Name => "journald short-unix";

    public bool TryUnwrap(ReadOnlySpan<char> line, Span<char> scratch, ref LineParts parts)
    {
        var secs = Scan.Digits(line, 0);
        if (secs is < 9 or > 11 || secs >= line.Length || line[secs] != '.')
            return false;
        var frac = Scan.Digits(line, secs + 1);
        var i = secs + 1 + frac;
        if (frac == 0 || i >= line.Length || line[i] != ' ')
            return false;
        i++;
        var tag = SyslogTag.Match(line[i..], SyslogTag.HostRule.HostOrPid, ref parts);
        if (tag == 0)
            return false;
        parts.Payload = line[(i + tag)..];
        return true;
    }
}
