namespace Analyzer.Families.JuiceFs.Parsers.JuiceFsAccessLog;

/// <summary>
/// Reads one access-log record. Names inside the arguments may hold spaces, parentheses, ` - ` and (before
/// PR #5588) newlines, so only the fixed head (timestamp, `[uid:,gid:,pid:]`, op) is read from the left; latency
/// and status are read from the right end:
/// <code>
/// 2025.01.21 12:07:28.210770 [uid:501,gid:20,pid:1109] getattr (1): (1,[...]) - OK &lt;0.000670&gt;     current
/// 2022.08.30 16:20:58.489090 [uid:0,gid:0,pid:340780] getattr (2): OK (2,[...]) &lt;0.000255&gt;       v1.0-1.1
/// 2022.05.27 03:03:30.569562 [uid:1005,gid:1006,pid:65352] Pread (/p,131072,0): (16384,OK) &lt;0.015710&gt;  Hadoop SDK
/// </code>
/// No allocation: the record's op and status are spans over the line.
/// </summary>
internal static class AccessLineParser
{
    /// <summary>True when the line starts like a record (timestamp then ` [uid:`): a line that does not is a continuation.</summary>
    public static bool StartsRecord(ReadOnlySpan<char> line) =>
        line.Length > LocalTimestamp.Length + 6 && line[4] == '.' && line[7] == '.' && line[10] == ' ' && line[13] == ':'
        && char.IsAsciiDigit(line[0]) && line[LocalTimestamp.Length..].StartsWith(" [uid:");

    public static bool TryParse(ReadOnlySpan<char> line, LocalTimestamp clock, out AccessRecord record)
    {
        record = default;
        if (!clock.TryParse(line, out var time))
            return false;
        var rest = line[LocalTimestamp.Length..];
        if (!rest.StartsWith(" [uid:"))
            return false;
        rest = rest[6..];
        if (!Number(ref rest, ',', out var uid) || !rest.StartsWith("gid:"))
            return false;
        rest = rest[4..];
        if (!Number(ref rest, ',', out _) || !rest.StartsWith("pid:"))
            return false;
        rest = rest[4..];
        if (!Number(ref rest, ']', out var pid) || rest.Length < 2 || rest[0] != ' ')
            return false;
        rest = rest[1..];
        var space = rest.IndexOf(' ');
        if (space <= 0 || space + 1 >= rest.Length || rest[space + 1] != '(')
            return false;
        var op = rest[..space];
        var body = rest[(space + 1)..].TrimEnd();

        // From the right: `<seconds>`.
        if (body.Length < 3 || body[^1] != '>')
            return false;
        var lt = body.LastIndexOf('<');
        if (lt < 1 || !Seconds(body[(lt + 1)..^1], out var latency))
            return false;
        body = body[..lt].TrimEnd();

        ReadOnlySpan<char> status;
        AccessVariant variant;
        if (CurrentStatus(body, out status))
            variant = AccessVariant.Current;
        else if (LegacyStatus(body, out status, out var hadoop))
            variant = hadoop || char.IsAsciiLetterUpper(op[0]) ? AccessVariant.HadoopSdk : AccessVariant.Legacy;
        else
            return false;

        record = new AccessRecord
        {
            TimeMicros = time,
            Uid = uid,
            Pid = pid,
            Op = op,
            Status = status,
            LatencyMicros = latency,
            Variant = variant,
        };
        return true;
    }

    /// <summary>`... - STATUS`: the status is the run of errno-text characters at the end, preceded by ` - `.</summary>
    private static bool CurrentStatus(ReadOnlySpan<char> body, out ReadOnlySpan<char> status)
    {
        status = default;
        var i = body.Length;
        while (i > 0 && IsStatusChar(body[i - 1]))
            i--;
        // body[i-1] must be the '-' of " - ", and the status run must start with the space after it.
        if (i < 2 || i >= body.Length || body[i - 1] != '-' || body[i - 2] != ' ' || body[i] != ' ')
            return false;
        status = body[(i + 1)..].Trim();
        return !status.IsEmpty;
    }

    /// <summary>`OP (ARGS): STATUS[ RESULT]`; the Hadoop SDK's `OP (ARGS): (N,STATUS)`.</summary>
    private static bool LegacyStatus(ReadOnlySpan<char> body, out ReadOnlySpan<char> status, out bool hadoop)
    {
        status = default;
        hadoop = false;
        var colon = body.LastIndexOf("): ");
        if (colon < 0)
            return false;
        var tail = body[(colon + 3)..];
        if (tail.Length > 1 && tail[0] == '(' && tail[^1] == ')')
        {
            var comma = tail.LastIndexOf(',');
            status = tail[(comma + 1)..^1].Trim();
            hadoop = true;
        }
        else
        {
            var end = tail.IndexOfAny('(', '[');
            status = (end < 0 ? tail : tail[..end]).Trim();
        }
        return !status.IsEmpty;
    }

    private static bool IsStatusChar(char c) => char.IsAsciiLetterOrDigit(c) || c is ' ' or '/' or '\'' or '_';

    private static bool Number(ref ReadOnlySpan<char> s, char end, out long value)
    {
        value = 0;
        var i = 0;
        var negative = s.Length > 0 && s[0] == '-';
        if (negative) i++;
        var start = i;
        for (; i < s.Length && i < 20; i++)
        {
            var d = (uint)(s[i] - '0');
            if (d > 9) break;
            value = value * 10 + d;
        }
        if (i == start || i >= s.Length || s[i] != end)
            return false;
        if (negative) value = -value;
        s = s[(i + 1)..];
        return true;
    }

    /// <summary>`0.000670` → 670 µs; more than six decimals are cut, fewer are padded.</summary>
    private static bool Seconds(ReadOnlySpan<char> s, out long micros)
    {
        micros = 0;
        var i = 0;
        long whole = 0;
        for (; i < s.Length && s[i] != '.'; i++)
        {
            var d = (uint)(s[i] - '0');
            if (d > 9 || i >= 12) return false;
            whole = whole * 10 + d;
        }
        if (i == 0) return false;
        long fraction = 0;
        var digits = 0;
        if (i < s.Length)
        {
            for (i++; i < s.Length; i++)
            {
                var d = (uint)(s[i] - '0');
                if (d > 9) return false;
                if (digits < 6)
                {
                    fraction = fraction * 10 + d;
                    digits++;
                }
            }
        }
        for (; digits < 6; digits++)
            fraction *= 10;
        micros = whole * 1_000_000 + fraction;
        return true;
    }
}
