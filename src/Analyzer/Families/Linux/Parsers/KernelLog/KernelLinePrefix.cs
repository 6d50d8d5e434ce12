using Analyzer.Text;

namespace Analyzer.Families.Linux.Parsers.KernelLog;

/// <summary>
/// Strips the transport prefixes of formats.md §4.1 from one line, without Regex (it runs on every line of a
/// 1 GB log): raw dmesg `[ 6141.921740] ` (also truncated `[  240.] `), `dmesg -T` `[Mon Dec  8 17:51:31 2025] `,
/// printk level `&lt;0&gt;`, RFC3164 / journalctl short and short-precise `May 17 18:48:11[.123456] host kernel: `
/// (host may be missing, a `facility.level` token may precede the tag), ISO-8601 / short-iso with or without
/// `host kernel: `, the syslogd wall broadcast ` kernel:[...]`, and the dmesg stamp rsyslog keeps after the tag.
/// </summary>
internal static class KernelLinePrefix
{
    public static LineOrigin Strip(ReadOnlySpan<char> line, out ReadOnlySpan<char> payload, out ReadOnlySpan<char> time)
    {
        var s = line.TrimStart(' ');
        time = default;
        var origin = LineOrigin.Bare;
        if (s.Length >= 3 && s[0] == '<' && char.IsAsciiDigit(s[1]) && s[2] == '>')
        {
            s = s[3..];
            origin = LineOrigin.Kernel;
        }

        var stamp = TimestampPrefix.SyslogPrecise(s);
        if (stamp == 0)
            stamp = TimestampPrefix.Iso8601(s);
        if (stamp > 0)
        {
            time = s[..(stamp - 1)];
            var tagged = KernelTag(s[stamp..], out var rest);
            if (tagged == LineOrigin.OtherProgram)
            {
                payload = rest;
                return LineOrigin.OtherProgram;
            }
            s = rest;
            origin = tagged == LineOrigin.Kernel ? LineOrigin.Kernel : LineOrigin.Stamped;
        }
        else if (s.StartsWith("kernel:"))
        {
            s = s[7..]; // syslogd wall(1) broadcast: " kernel:[405108.698255] watchdog: ..."
            origin = LineOrigin.Kernel;
        }

        var dmesg = DmesgStamp(s);
        if (dmesg > 0)
        {
            time = s[1..s.IndexOf(']')].Trim(' ');
            s = s[dmesg..];
            // journalctl -o short-monotonic: "[ 6141.921740] host kernel: msg" (only a kernel tag counts here:
            // "usb 1-1: new device" must stay kernel text).
            if (origin == LineOrigin.Bare && KernelTag(s, out var afterTag) == LineOrigin.Kernel)
                s = afterTag;
            origin = LineOrigin.Kernel;
        }
        payload = s.TrimStart(" \t");
        return origin;
    }

    /// <summary>
    /// After a syslog/ISO stamp: up to three tokens (host, optional facility.level) before a `tag:`. Returns Kernel
    /// for a `kernel:` tag, OtherProgram for any other tag, Bare when no tag follows (ISO stamp alone).
    /// </summary>
    private static LineOrigin KernelTag(ReadOnlySpan<char> s, out ReadOnlySpan<char> rest)
    {
        var pos = 0;
        for (var token = 0; token < 3 && pos < s.Length; token++)
        {
            var sp = s[pos..].IndexOf(' ');
            var end = sp < 0 ? s.Length : pos + sp;
            var word = s[pos..end];
            if (word.Length > 1 && word[^1] == ':')
            {
                rest = end < s.Length ? s[(end + 1)..] : default;
                if (word.SequenceEqual("kernel:"))
                    return LineOrigin.Kernel;
                // A word ending in ':' is a tag only where a tag can be (after the host, or first when the host is
                // missing) and looks like one (prog or prog[pid]); "INFO:" first after an ISO stamp is kernel text.
                return token > 0 && LooksLikeTag(word[..^1]) ? LineOrigin.OtherProgram : Untagged(s, out rest);
            }
            if (word.StartsWith("kernel:"))
            {
                rest = s[(pos + 7)..]; // "host kernel:[123.4] ..." without the space
                return LineOrigin.Kernel;
            }
            if (sp < 0)
                break;
            pos = end + 1;
        }
        return Untagged(s, out rest);
    }

    private static LineOrigin Untagged(ReadOnlySpan<char> s, out ReadOnlySpan<char> rest)
    {
        rest = s;
        return LineOrigin.Bare;
    }

    private static bool LooksLikeTag(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
            return false;
        var bracket = word.IndexOf('[');
        var name = bracket >= 0 ? word[..bracket] : word;
        if (name.IsEmpty)
            return false;
        foreach (var c in name)
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '/' or '@'))
                return false;
        return bracket < 0 || word[^1] == ']';
    }

    /// <summary>
    /// Length of a dmesg stamp plus its space: `[   80.481916] `, `[2870707.887079] `, `[  240.] ` (truncated serial
    /// capture) or `dmesg -T`'s `[Mon Dec  8 17:51:31 2025] `; 0 if none.
    /// </summary>
    private static int DmesgStamp(ReadOnlySpan<char> s)
    {
        if (s.Length < 4 || s[0] != '[')
            return 0;
        var close = s.IndexOf(']');
        if (close < 3 || close > 32)
            return 0;
        var inner = s[1..close];
        var end = close + 1 < s.Length && s[close + 1] == ' ' ? close + 2 : close + 1;
        if (end != close + 2 && end != s.Length)
            return 0;
        var t = inner.TrimStart(' ');
        var dot = t.IndexOf('.');
        if (dot > 0 && Digits(t[..dot]) && (dot + 1 == t.Length || Digits(t[(dot + 1)..])))
            return end;
        // dmesg -T: "Mon Dec  8 17:51:31 2025" (locale C)
        if (inner.Length == 24 && inner[3] == ' ' && inner[7] == ' ' && inner[13] == ':' && inner[16] == ':' && inner[19] == ' '
            && TimestampPrefix.IsMonth(inner.Slice(4, 3)) && Digits(inner.Slice(20, 4)))
            return end;
        return 0;
    }

    private static bool Digits(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty)
            return false;
        foreach (var c in s)
            if (!char.IsAsciiDigit(c))
                return false;
        return true;
    }
}
