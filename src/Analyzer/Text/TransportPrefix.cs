namespace Analyzer.Text;

/// <summary>
/// Strips what a transport put in front of every line (CI timestamps, syslog/journald stamps and tags, "> " quotes,
/// markdown indentation) so a format grammar sees the payload. The prefix is learned from the first line of a block
/// that the format recognises (its anchor) and then applied to the following lines until <see cref="Reset"/>:
/// deciding once avoids mistaking Go text such as "fatal error: x" for a syslog "host tag: " pair.
/// </summary>
internal sealed class TransportPrefix
{
    private Stamp _stamp;
    private string? _tag; // "host prog[123]" of the learned syslog/journald tag
    private bool _quote;
    private int _indent;

    private enum Stamp
    {
        None,
        Iso,
        IsoHostTag,
        SyslogHostTag,
    }

    public bool IsLearned { get; private set; }

    /// <summary>Human-readable name of the learned prefix, for diagnostics and tests.</summary>
    public string Describe()
    {
        var parts = new List<string>();
        if (_stamp != Stamp.None) parts.Add(_stamp.ToString());
        if (_quote) parts.Add("quote");
        if (_indent > 0) parts.Add($"indent{_indent}");
        return parts.Count == 0 ? "none" : string.Join('+', parts);
    }

    public void Reset()
    {
        IsLearned = false;
        _stamp = Stamp.None;
        _tag = null;
        _quote = false;
        _indent = 0;
    }

    /// <summary>
    /// Tries each prefix shape, simplest first, and learns the first one after which <paramref name="isAnchor"/> accepts
    /// the payload. Returns false (and learns nothing) when no shape yields an anchor.
    /// </summary>
    public bool TryLearn(ReadOnlySpan<char> line, LinePredicate isAnchor, out ReadOnlySpan<char> payload)
    {
        if (TryWithStamp(line, Stamp.None, 0, isAnchor, out payload))
            return true;
        var iso = TimestampPrefix.Iso8601(line);
        if (iso > 0)
        {
            if (TryWithStamp(line, Stamp.Iso, iso, isAnchor, out payload))
                return true;
            var tag = TimestampPrefix.HostTag(line[iso..]);
            if (tag > 0 && TryWithStamp(line, Stamp.IsoHostTag, iso + tag, isAnchor, out payload))
                return true;
        }
        var syslog = TimestampPrefix.SyslogPrecise(line);
        if (syslog > 0)
        {
            var tag = TimestampPrefix.HostTag(line[syslog..]);
            if (tag > 0 && TryWithStamp(line, Stamp.SyslogHostTag, syslog + tag, isAnchor, out payload))
                return true;
        }
        payload = default;
        return false;
    }

    private bool TryWithStamp(ReadOnlySpan<char> line, Stamp stamp, int length, LinePredicate isAnchor, out ReadOnlySpan<char> payload)
    {
        var rest = line[length..];
        var quote = false;
        if (rest.StartsWith("> "))
        {
            rest = rest[2..];
            quote = true;
        }
        var indent = CountSpaces(rest);
        payload = rest[indent..];
        if (!isAnchor(payload))
            return false;
        IsLearned = true;
        _stamp = stamp;
        _quote = quote;
        _indent = indent;
        _tag = stamp is Stamp.IsoHostTag or Stamp.SyslogHostTag
            ? line[(stamp == Stamp.IsoHostTag ? TimestampPrefix.Iso8601(line) : TimestampPrefix.SyslogPrecise(line))..length].TrimEnd(": ").ToString()
            : null;
        return true;
    }

    /// <summary>Removes the learned prefix from a line of the current block.</summary>
    public PrefixMatch Strip(ReadOnlySpan<char> line, out ReadOnlySpan<char> payload)
    {
        payload = line;
        var result = PrefixMatch.Stripped;
        switch (_stamp)
        {
            case Stamp.Iso:
                var iso = TimestampPrefix.Iso8601(line);
                if (iso == 0)
                    return PrefixMatch.Missing;
                payload = line[iso..];
                break;
            case Stamp.IsoHostTag:
            case Stamp.SyslogHostTag:
                var stamp = _stamp == Stamp.IsoHostTag ? TimestampPrefix.Iso8601(line) : TimestampPrefix.SyslogPrecise(line);
                var tag = stamp > 0 ? TimestampPrefix.HostTag(line[stamp..]) : 0;
                if (tag == 0)
                    return PrefixMatch.Missing;
                var lineTag = line[stamp..(stamp + tag)].TrimEnd(": ");
                if (!lineTag.SequenceEqual(_tag))
                {
                    if (!IsSameProgram(lineTag, _tag))
                        return PrefixMatch.OtherSource;
                    payload = line[(stamp + tag)..];
                    return PrefixMatch.Restarted;
                }
                payload = line[(stamp + tag)..];
                break;
        }
        if (_quote)
        {
            if (payload.StartsWith("> ")) payload = payload[2..];
            else if (payload.StartsWith('>')) payload = payload[1..];
            else result = PrefixMatch.Missing;
        }
        if (_indent > 0)
            payload = payload[Math.Min(_indent, CountSpaces(payload))..];
        return result;
    }

    /// <summary><c>web01 kvstore[1201]</c> and <c>web01 kvstore[1377]</c>: one program, restarted under a new pid.</summary>
    private static bool IsSameProgram(ReadOnlySpan<char> tag, ReadOnlySpan<char> learned)
    {
        var pid = tag.IndexOf('[');
        var learnedPid = learned.IndexOf('[');
        return pid > 0 && pid == learnedPid && tag[..pid].SequenceEqual(learned[..learnedPid]);
    }

    private static int CountSpaces(ReadOnlySpan<char> s)
    {
        var i = 0;
        while (i < s.Length && s[i] == ' ') i++;
        return i;
    }
}
