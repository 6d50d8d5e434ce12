using Analyzer.Text;
using Analyzer.Transport;
using Analyzer.Transport.Unwrappers;

namespace Analyzer.Families.Linux.Parsers.KernelLog;

/// <summary>
/// Strips the transport prefixes of formats.md §4.1 from one line, without Regex (it runs on every line of a
/// 1 GB log): raw dmesg `[ 6141.921740] ` (also truncated `[  240.] `), `dmesg -T` `[Mon Dec  8 17:51:31 2025] `,
/// RFC 5424 syslog (`&lt;6&gt;1 STAMP host kernel - - - `), printk level `&lt;0&gt;`, RFC3164 / journalctl short and short-precise `May 17 18:48:11[.123456] host kernel: `
/// (host may be missing, a `facility.level` token may precede the tag), ISO-8601 / short-iso with or without
/// `host kernel: `, the syslogd wall broadcast ` kernel:[...]`, the dmesg stamp rsyslog keeps after the tag, every
/// bracketed dmesg time format (-T in any locale, -H/-e relative, -d deltas, PRINTK_CALLER ids) and dmesg -x's
/// `kern  :err   : ` decoding.
/// </summary>
internal static class KernelLinePrefix
{
    public static LineOrigin Strip(ReadOnlySpan<char> line, out ReadOnlySpan<char> payload, out ReadOnlySpan<char> time)
    {
        var s = line.TrimStart(' ');
        time = default;
        var origin = LineOrigin.Bare;
        if (s.Length > 0 && s[0] == '<' && Rfc5424(s, out var message, out time) is var rfc and not LineOrigin.Bare)
        {
            if (rfc == LineOrigin.OtherProgram)
            {
                payload = message;
                return rfc;
            }
            s = message;
            origin = LineOrigin.Kernel;
        }
        else if (s.Length >= 3 && s[0] == '<' && char.IsAsciiDigit(s[1]) && s[2] == '>')
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

        var kern = false;
        var decoded = origin == LineOrigin.Bare ? DecodePrefix(s, out kern) : 0;
        if (decoded > 0)
        {
            // dmesg -x: "kern  :err   : [  12.3] msg"; other facilities are user space writing to /dev/kmsg.
            s = s[decoded..];
            if (!kern)
            {
                payload = s[DmesgStamp(s, out _)..].TrimStart(" \t");
                return LineOrigin.OtherProgram;
            }
            origin = LineOrigin.Kernel;
        }

        var dmesg = DmesgStamp(s, out var close);
        if (dmesg > 0)
        {
            time = s[1..close].Trim(' ');
            s = s[dmesg..];
            // journalctl -o short-monotonic: "[ 6141.921740] host kernel: msg" is the kernel's, "[ 6141.921740] host
            // app[42]: msg" another program's. Only a tag with a pid counts as another program's (as the transport's
            // short-monotonic unwrapper reads it): "usb 1-1: new device" or "nvme nvme0: I/O timeout" stay kernel text.
            if (origin == LineOrigin.Bare)
            {
                var tagged = KernelTag(s, out var afterTag);
                if (tagged == LineOrigin.Kernel)
                    s = afterTag;
                else if (tagged == LineOrigin.OtherProgram && PidTagged(s, afterTag))
                {
                    payload = afterTag;
                    return LineOrigin.OtherProgram;
                }
            }
            origin = LineOrigin.Kernel;
        }
        payload = s.TrimStart(" \t");
        return origin;
    }

    /// <summary>
    /// rsyslog's RFC 5424 form (<c>&lt;6&gt;1 2026-12-02T10:00:01.000000+00:00 host kernel - - - msg</c>): Kernel when
    /// APP-NAME is <c>kernel</c>, OtherProgram for any other, Bare when the line is not RFC 5424. The transport's own
    /// reading of the header is used, so both layers agree on where the message starts.
    /// </summary>
    private static LineOrigin Rfc5424(ReadOnlySpan<char> s, out ReadOnlySpan<char> message, out ReadOnlySpan<char> time)
    {
        var parts = new LineParts { Number = -1 };
        if (!Rfc5424Unwrapper.Instance.TryUnwrap(s, default, ref parts))
        {
            message = default;
            time = default;
            return LineOrigin.Bare;
        }
        message = parts.Payload;
        time = Rfc5424Unwrapper.Stamp(s);
        return parts.Program.SequenceEqual("kernel") ? LineOrigin.Kernel : LineOrigin.OtherProgram;
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
            // A scalar scan: host and tag words are a few characters long, shorter than a vectorised search's set-up.
            var end = pos;
            while (end < s.Length && s[end] != ' ') end++;
            var word = s[pos..end];
            if (word.Length > 1 && word[^1] == ':')
            {
                rest = end < s.Length ? s[(end + 1)..] : default;
                if (word is "kernel:")
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
            if (end == s.Length)
                break;
            pos = end + 1;
        }
        return Untagged(s, out rest);
    }

    /// <summary>True when the tag that ends just before <paramref name="rest"/> is <c>prog[pid]:</c>.</summary>
    private static bool PidTagged(ReadOnlySpan<char> s, ReadOnlySpan<char> rest)
    {
        var i = s.Length - rest.Length - 1; // the space after the tag's colon, or the colon at the end of the line
        if (i >= 0 && s[i] == ' ')
            i--;
        return i > 0 && s[i] == ':' && s[i - 1] == ']';
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
    /// Length of dmesg -x's `facility:level : ` (`"%-6s:%-6s: "`, e.g. `kern  :warn  : `, `daemon:info  : `), 0 if none.
    /// </summary>
    private static int DecodePrefix(ReadOnlySpan<char> s, out bool kern)
    {
        kern = false;
        var i = 0;
        while (i < s.Length && i < 9 && (char.IsAsciiLetterLower(s[i]) || char.IsAsciiDigit(s[i]))) i++;
        if (i < 3)
            return 0;
        var facility = s[..i];
        while (i < s.Length && s[i] == ' ') i++;
        if (i >= s.Length || s[i] != ':')
            return 0;
        var level = ++i;
        while (i < s.Length && char.IsAsciiLetterLower(s[i])) i++;
        if (!IsLevel(s[level..i]))
            return 0;
        while (i < s.Length && s[i] == ' ') i++;
        if (i + 1 >= s.Length || s[i] != ':' || s[i + 1] != ' ')
            return 0;
        kern = facility.SequenceEqual("kern");
        return i + 2;
    }

    private static bool IsLevel(ReadOnlySpan<char> w) =>
        w is "emerg" or "alert" or "crit" or "err" or "warn" or "notice" or "info" or "debug";

    /// <summary>
    /// Length of a dmesg stamp plus its space, 0 if none. Every time format util-linux dmesg prints in brackets:
    /// raw `[   80.481916] ` / `[2870707.887079] ` (also truncated `[  240.] ` of a serial capture), `-T`
    /// `[Mon Dec  8 17:51:31 2025] ` in any locale (`[Di Dez  9 10:11:12 2025]`, `[火 12月  9 10:11:12 2025]`),
    /// `-H`/`-e` `[Sep11 18:40] ` then relative `[  +0.000015] `, `-d` `[   12.5 &lt;    0.000012&gt;] ` and
    /// `--time-format delta` `[&lt;    0.000012&gt;] `. A PRINTK_CALLER id after it (`[  T123] `, `[C2] `) is part of it.
    /// <paramref name="close"/> is where the stamp's own bracket closes.
    /// </summary>
    private static int DmesgStamp(ReadOnlySpan<char> s, out int close)
    {
        var end = BracketStamp(s, out close);
        if (end == 0)
            return 0;
        var caller = CallerId(s[end..]);
        return caller > 0 ? end + caller : end;
    }

    /// <summary>The stamp's length with its space (0 if none), and where its bracket closes.</summary>
    private static int BracketStamp(ReadOnlySpan<char> s, out int close)
    {
        close = -1;
        if (s.Length < 3 || s[0] != '[')
            return 0;
        close = CloseWithin(s, 64);
        if (close < 2)
            return 0;
        var end = close + 1 < s.Length && s[close + 1] == ' ' ? close + 2 : close + 1;
        // The console glues the caller id to the stamp: "[    5.123456][    T1] msg".
        if (end != close + 2 && end != s.Length && CallerId(s[end..]) == 0)
            return 0;
        var inner = s[1..close];
        // "-d": "12.345678 <    0.000012>", "--time-format delta": "<    0.000012>".
        if (inner[^1] == '>')
        {
            var open = inner.LastIndexOf('<');
            if (open < 0 || !Seconds(inner[(open + 1)..^1].Trim(' ')))
                return 0;
            inner = inner[..open].TrimEnd(' ');
            if (inner.IsEmpty)
                return end;
        }
        var t = inner.TrimStart(' ');
        var relative = t.Length > 1 && t[0] is '+' or '-'; // -H relative "+0.000015"
        if (relative)
            t = t[1..];
        // Seconds first: the raw stamp is on nearly every line, and the clock scan costs more.
        if (Seconds(t))
            return end;
        return !relative && WallClock(inner) ? end : 0;
    }

    /// <summary>`123.456789` or truncated `240.`.</summary>
    private static bool Seconds(ReadOnlySpan<char> t)
    {
        // One scalar pass (a stamp is a dozen characters): digits, a dot, digits or nothing.
        var whole = Scan.Digits(t, 0);
        return whole > 0 && whole < t.Length && t[whole] == '.' && whole + 1 + Scan.Digits(t, whole + 1) == t.Length;
    }

    /// <summary>
    /// A localised wall clock (`-T` ctime, `-H` first line of a minute): an `H:MM` clock among letters of any script,
    /// digits, spaces and `.,:` only. Kernel text in brackets (`[drm]`, `[Firmware Bug]`) has no clock.
    /// </summary>
    private static bool WallClock(ReadOnlySpan<char> inner)
    {
        var clock = false;
        for (var i = 0; i < inner.Length; i++)
        {
            var c = inner[i];
            if (c == ':' && i > 0 && char.IsAsciiDigit(inner[i - 1]) && i + 2 < inner.Length && char.IsAsciiDigit(inner[i + 1]) && char.IsAsciiDigit(inner[i + 2]))
                clock = true;
            else if (!(char.IsLetterOrDigit(c) || c is ' ' or '.' or ',' or ':'))
                return false;
        }
        return clock;
    }

    /// <summary>`[  T123] ` / `[C2] ` (CONFIG_PRINTK_CALLER: thread or CPU id): its length with the space, else 0.</summary>
    private static int CallerId(ReadOnlySpan<char> s)
    {
        if (s.Length < 4 || s[0] != '[')
            return 0;
        // The id's letter first: a bracket of kernel text after the stamp ("[UFW BLOCK]") is turned down unscanned.
        var letter = 1 + Scan.Spaces(s, 1);
        if (letter >= s.Length || s[letter] is not ('T' or 'C'))
            return 0;
        var close = CloseWithin(s, 16);
        if (close < 3)
            return 0;
        var id = s[1..close].TrimStart(' ');
        if (id.Length < 2 || id[0] is not ('T' or 'C') || !Digits(id[1..]))
            return 0;
        return close + 1 < s.Length && s[close + 1] == ' ' ? close + 2 : close + 1;
    }

    /// <summary>
    /// The first <c>]</c> of <paramref name="s"/> if it is at most at <paramref name="limit"/>, else -1: a bracket that
    /// closes further on is no stamp, so the rest of a long line is not searched (this runs on every line).
    /// </summary>
    private static int CloseWithin(ReadOnlySpan<char> s, int limit)
    {
        var end = Math.Min(s.Length, limit + 1);
        for (var i = 0; i < end; i++)
            if (s[i] == ']')
                return i;
        return -1;
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
