namespace Analyzer.Text;

/// <summary>Hand-written matchers for the timestamp and tag parts of transport prefixes (no Regex: run on every line).</summary>
internal static class TimestampPrefix
{
    /// <summary>
    /// Length of an ISO-8601 stamp plus its separating space, 0 if none: <c>2024-05-27T03:47:09.0116433Z </c> (GitHub
    /// Actions), <c>2024-05-27T03:47:09+0000 </c> (journalctl -o short-iso), <c>2024-05-27 03:47:09,123 </c>.
    /// </summary>
    public static int Iso8601(ReadOnlySpan<char> s)
    {
        if (s.Length < 20 || !Digits(s, 0, 4) || s[4] != '-' || !Digits(s, 5, 2) || s[7] != '-' || !Digits(s, 8, 2)
            || (s[10] != 'T' && s[10] != ' ') || !Digits(s, 11, 2) || s[13] != ':' || !Digits(s, 14, 2) || s[16] != ':'
            || !Digits(s, 17, 2))
            return 0;
        var i = 19;
        if (i < s.Length && (s[i] == '.' || s[i] == ','))
        {
            i++;
            while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
        }
        if (i < s.Length && s[i] == 'Z')
            i++;
        else if (i < s.Length && (s[i] == '+' || s[i] == '-'))
        {
            i++;
            while (i < s.Length && (char.IsAsciiDigit(s[i]) || s[i] == ':')) i++;
        }
        return i < s.Length && s[i] == ' ' ? i + 1 : 0;
    }

    /// <summary>
    /// Length of an RFC 3164 / journalctl <c>short</c> stamp with its space (<c>Nov 28 10:44:05 </c>), also with
    /// fractional seconds (journalctl <c>short-precise</c>: <c>Nov 28 10:44:05.123456 </c>), 0 if none.
    /// </summary>
    public static int SyslogPrecise(ReadOnlySpan<char> s)
    {
        if (s.Length < 16 || !SyslogClock(s))
            return 0;
        var i = 15;
        if (s[i] == '.')
        {
            i++;
            while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
        }
        return i < s.Length && s[i] == ' ' ? i + 1 : 0;
    }

    /// <summary><c>Mmm dd hh:mm:ss</c> in the first 15 characters (the caller checked there are 16).</summary>
    private static bool SyslogClock(ReadOnlySpan<char> s) =>
        s[3] == ' ' && s[6] == ' ' && s[9] == ':' && s[12] == ':' && IsMonth(s[..3])
        && char.IsAsciiDigit(s[5]) && (s[4] == ' ' || char.IsAsciiDigit(s[4]))
        && Digits(s, 7, 2) && Digits(s, 10, 2) && Digits(s, 13, 2);

    /// <summary>
    /// Length of the syslog <c>host tag[pid]: </c> part, 0 if none: <c>myhost ipfs[123]: </c>. The tag without a pid is
    /// accepted too (<c>myhost kernel: </c>); the caller only tries this after a timestamp, where it cannot be Go text.
    /// </summary>
    public static int HostTag(ReadOnlySpan<char> s)
    {
        var sp = s.IndexOf(' ');
        if (sp <= 0)
            return 0;
        var i = sp + 1;
        var tagStart = i;
        while (i < s.Length && s[i] != ' ' && s[i] != ':' && s[i] != '[') i++;
        if (i == tagStart || i >= s.Length)
            return 0;
        if (s[i] == '[')
        {
            i++;
            var digits = i;
            while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
            if (i == digits || i >= s.Length || s[i] != ']')
                return 0;
            i++;
        }
        return i + 1 < s.Length && s[i] == ':' && s[i + 1] == ' ' ? i + 2
            : i + 1 == s.Length && s[i] == ':' ? i + 1 // "host prog[1]:" with an empty message
            : 0;
    }

    /// <summary>An English month abbreviation. A pattern switch (a length check and a few char compares), not a
    /// loop of string compares: it runs on every line of a syslog.</summary>
    public static bool IsMonth(ReadOnlySpan<char> s) =>
        s is "Jan" or "Feb" or "Mar" or "Apr" or "May" or "Jun" or "Jul" or "Aug" or "Sep" or "Oct" or "Nov" or "Dec";

    private static bool Digits(ReadOnlySpan<char> s, int start, int count)
    {
        for (var i = start; i < start + count; i++)
            if (!char.IsAsciiDigit(s[i]))
                return false;
        return true;
    }
}
