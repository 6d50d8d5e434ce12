namespace Analyzer.Transport;

/// <summary>
/// The <c>[host ][facility.level ]program[pid]: </c> part after a syslog or journald stamp. Shared by every
/// syslog-shaped unwrapper; the caller has already matched a stamp, so Go text ("fatal error: x") never gets here.
/// </summary>
internal static class SyslogTag
{
    /// <summary>How strict the match is: a bare <c>word: </c> after an ISO stamp is too often an application log level.</summary>
    public enum HostRule
    {
        /// <summary>The host may be absent (<c>Dec 02 10:00:01 app[42]: </c>).</summary>
        Optional,

        /// <summary>Either a host is present or the tag carries a pid.</summary>
        HostOrPid,
    }

    /// <summary>Length of the host/tag part including <c>": "</c>, 0 if none; sets the tag and program of <paramref name="parts"/>.</summary>
    public static int Match(ReadOnlySpan<char> s, HostRule rule, ref LineParts parts)
    {
        var first = Tag(s, 0, out var tagEnd, out var programEnd, out var hasPid);
        if (first > 0)
        {
            if (rule == HostRule.HostOrPid && !hasPid)
                return 0;
            parts.Tag = s[..tagEnd];
            parts.Program = s[..programEnd];
            return first;
        }
        // "host tag:" — or "host facility.level tag:" (syslog-ng / some syslogds)
        var hostEnd = Token(s, 0);
        if (hostEnd == 0 || hostEnd >= s.Length || s[hostEnd] != ' ')
            return 0;
        var at = hostEnd + 1;
        var second = Tag(s, at, out tagEnd, out programEnd, out _);
        if (second == 0)
        {
            var levelEnd = Token(s, at);
            if (levelEnd == at || levelEnd >= s.Length || s[levelEnd] != ' ' || s[at..levelEnd].IndexOf('.') <= 0)
                return 0;
            at = levelEnd + 1;
            second = Tag(s, at, out tagEnd, out programEnd, out _);
            if (second == 0)
                return 0;
        }
        parts.Tag = s[at..tagEnd];
        parts.Program = s[at..programEnd];
        return second;
    }

    /// <summary>End of a token of non-space, non-colon, non-bracket characters starting at <paramref name="start"/>.</summary>
    private static int Token(ReadOnlySpan<char> s, int start)
    {
        var i = start;
        while (i < s.Length && s[i] != ' ' && s[i] != ':' && s[i] != '[') i++;
        return i;
    }

    /// <summary><c>prog[pid]: </c> or <c>prog: </c> at <paramref name="start"/>; returns the end after <c>": "</c> or 0.</summary>
    private static int Tag(ReadOnlySpan<char> s, int start, out int tagEnd, out int programEnd, out bool hasPid)
    {
        tagEnd = programEnd = 0;
        hasPid = false;
        var i = Token(s, start);
        if (i == start || i >= s.Length)
            return 0;
        programEnd = i;
        if (s[i] == '[')
        {
            var digits = Scan.Digits(s, i + 1);
            if (digits == 0 || i + 1 + digits >= s.Length || s[i + 1 + digits] != ']')
                return 0;
            i += digits + 2;
            hasPid = true;
        }
        tagEnd = i;
        if (i < s.Length && s[i] == ':')
        {
            if (i + 1 == s.Length) return i + 1; // an empty message
            if (s[i + 1] == ' ') return i + 2;
        }
        return 0;
    }
}
