using System.Globalization;

namespace Analyzer.Families.Go.Parsers.PerfScript;

/// <summary>
/// The first line of a `perf script` sample: `COMM PID[/TID] [CPU] SECONDS.MICROS: [PERIOD] EVENT: [fields]`. COMM
/// may hold spaces, so the line is read from the PID token on: the timestamp (digits.digits followed by a colon)
/// anchors it, and the PID is the token before it (or before `[CPU]`). <see cref="Rest"/> is what follows the event:
/// tracepoint fields, or the sample's only frame when it was recorded without call graphs.
/// </summary>
internal readonly record struct PerfSampleHeader(string Comm, long Pid, long? Tid, int? Cpu, double? Time, long? Period, string Event, string Rest)
{
    public static PerfSampleHeader? TryParse(ReadOnlySpan<char> line)
    {
        if (line.IsEmpty || char.IsWhiteSpace(line[0]) || line[0] == '#')
            return null;
        Span<Range> tokens = stackalloc Range[32];
        var count = Tokens(line, tokens);
        if (count < 3)
            return null;

        var time = -1;
        for (var i = 1; i < count; i++)
            if (IsTimestamp(line[tokens[i]]))
            {
                time = i;
                break;
            }
        // Without a timestamp (perf script -F without time) the event token closes the header instead.
        var eventAt = -1;
        var searchFrom = time >= 0 ? time + 1 : 1;
        for (var i = searchFrom; i < count; i++)
            if (line[tokens[i]] is [.., ':'] tok && tok.Length > 1 && !IsDigits(tok[..^1]))
            {
                eventAt = i;
                break;
            }
        if (eventAt < 0)
            return null;

        long? period = time >= 0 && eventAt == time + 2 ? Number(line[tokens[time + 1]]) : null;
        var pidAt = PidToken(line, tokens, time >= 0 ? time : eventAt, out var cpu);
        if (pidAt < 0 && time < 0 && eventAt >= 3 && IsDigits(line[tokens[eventAt - 1]]))
        {
            // "comm pid period event:" without a time: the digits before the event were the period.
            period = Number(line[tokens[eventAt - 1]]);
            pidAt = PidToken(line, tokens, eventAt - 1, out cpu);
        }
        if (pidAt < 0)
            return null;
        TryPid(line[tokens[pidAt]], out var pid, out var tid);

        var comm = line[..tokens[pidAt].Start.Value].Trim().ToString();
        double? seconds = time >= 0 && double.TryParse(line[tokens[time]][..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var s) ? s : null;
        var rest = line[tokens[eventAt].End.Value..].Trim().ToString();
        return new PerfSampleHeader(comm, pid, tid, cpu, seconds, period, line[tokens[eventAt]][..^1].ToString(), rest);
    }

    /// <summary>The PID[/TID] token just before <paramref name="before"/>, stepping over a `[CPU]` token; -1 when absent.</summary>
    private static int PidToken(ReadOnlySpan<char> line, ReadOnlySpan<Range> tokens, int before, out int? cpu)
    {
        cpu = null;
        var at = before - 1;
        if (at >= 1 && line[tokens[at]] is ['[', .. var inner, ']'] && IsDigits(inner))
        {
            cpu = int.TryParse(inner, NumberStyles.None, CultureInfo.InvariantCulture, out var c) ? c : null;
            at--;
        }
        // The comm needs at least one token of its own.
        return at >= 1 && TryPid(line[tokens[at]], out _, out _) ? at : -1;
    }

    private static int Tokens(ReadOnlySpan<char> line, Span<Range> tokens)
    {
        var count = 0;
        var i = 0;
        while (i < line.Length && count < tokens.Length)
        {
            while (i < line.Length && char.IsWhiteSpace(line[i])) i++;
            if (i == line.Length) break;
            var start = i;
            while (i < line.Length && !char.IsWhiteSpace(line[i])) i++;
            tokens[count++] = new Range(start, i);
        }
        return count;
    }

    private static long? Number(ReadOnlySpan<char> token) =>
        IsDigits(token) && long.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static bool IsTimestamp(ReadOnlySpan<char> token)
    {
        if (token.Length < 4 || token[^1] != ':')
            return false;
        var dot = token.IndexOf('.');
        return dot > 0 && IsDigits(token[..dot]) && IsDigits(token[(dot + 1)..^1]);
    }

    private static bool TryPid(ReadOnlySpan<char> token, out long pid, out long? tid)
    {
        tid = null;
        var slash = token.IndexOf('/');
        var pidText = slash < 0 ? token : token[..slash];
        if (!long.TryParse(pidText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out pid))
            return false;
        if (slash < 0)
            return true;
        if (!long.TryParse(token[(slash + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var t))
            return false;
        tid = t;
        return true;
    }

    private static bool IsDigits(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return false;
        foreach (var c in text)
            if (!char.IsAsciiDigit(c)) return false;
        return true;
    }
}
