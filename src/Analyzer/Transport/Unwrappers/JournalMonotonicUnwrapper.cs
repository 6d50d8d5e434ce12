namespace Analyzer.Transport.Unwrappers;

/// <summary>
/// journalctl <c>-o short-monotonic</c>: <c>[12345.678901] host app[42]: msg</c>. Not the dmesg stamp
/// <c>[ 123.456789] usb 1-1: …</c>, which is the kernel log's own and read by its parser: the tag must carry a pid,
/// or be <c>kernel</c> after a host.
/// </summary>
internal sealed class JournalMonotonicUnwrapper : IUnwrapper
{
    public static JournalMonotonicUnwrapper Instance { get; } = new();

    public string Name => "journald short-monotonic";

    public bool TryUnwrap(ReadOnlySpan<char> line, Span<char> scratch, ref LineParts parts)
    {
        if (line.Length < 6 || line[0] != '[')
            return false;
        var i = 1 + Scan.Spaces(line, 1);
        var secs = Scan.Digits(line, i);
        if (secs == 0 || i + secs >= line.Length || line[i + secs] != '.')
            return false;
        i += secs + 1;
        var frac = Scan.Digits(line, i);
        i += frac;
        if (frac == 0 || i + 1 >= line.Length || line[i] != ']' || line[i + 1] != ' ')
            return false;
        i += 2;
        var probe = new LineParts();
        var tag = SyslogTag.Match(line[i..], SyslogTag.HostRule.Optional, ref probe);
        if (tag == 0)
            return false;
        var hasPid = probe.Tag.Length > probe.Program.Length;
        var hasHost = probe.Tag.Length > 0 && line[i..].IndexOf(' ') < line[i..].IndexOf(probe.Tag);
        if (!hasPid && !(hasHost && probe.Program.SequenceEqual("kernel")))
            return false;
        parts.Tag = probe.Tag;
        parts.Program = probe.Program;
        parts.Payload = line[(i + tag)..];
        return true;
    }
}
