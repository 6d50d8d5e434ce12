namespace Analyzer.Transport.Unwrappers;

/// <summary>
/// RFC 5424 syslog: <c>&lt;165&gt;1 2024-12-02T10:00:01.003Z host app 42 MSGID [sd@1 k="v"] msg</c>, each header
/// field possibly <c>-</c>. The program is APP-NAME; PROCID is not part of the channel.
/// </summary>
internal sealed class Rfc5424Unwrapper : IUnwrapper
{
    public static Rfc5424Unwrapper Instance { get; } = new();

    public string Name => "syslog rfc5424";

    public bool TryUnwrap(ReadOnlySpan<char> line, Span<char> scratch, ref LineParts parts)
    {
        var pri = SyslogShortUnwrapper.Priority(line);
        if (pri == 0 || pri + 2 > line.Length || line[pri] != '1' || line[pri + 1] != ' ')
            return false;
        var i = pri + 2;
        if (!Field(line, ref i, out var stamp) || (!line[stamp].SequenceEqual("-") && Scan.Rfc3339(line[stamp]) != line[stamp].Length))
            return false;
        if (!Field(line, ref i, out _) || !Field(line, ref i, out var appRange) || !Field(line, ref i, out _)
            || !Field(line, ref i, out _))
            return false;
        var app = line[appRange];
        // STRUCTURED-DATA: "-" or one or more [id k="v"] elements (']' may be escaped inside values).
        if (i < line.Length && line[i] == '-')
            i++;
        else
        {
            if (i >= line.Length || line[i] != '[') return false;
            while (i < line.Length && line[i] == '[')
            {
                i++;
                while (i < line.Length && line[i] != ']')
                    i += line[i] == '\\' ? 2 : 1;
                if (i >= line.Length) return false;
                i++;
            }
        }
        if (i < line.Length)
        {
            if (line[i] != ' ') return false;
            i++;
        }
        var payload = line[i..];
        if (payload.StartsWith("\uFEFF")) payload = payload[1..]; // the BOM RFC 5424 allows before a UTF-8 MSG
        if (!app.SequenceEqual("-"))
        {
            parts.Program = app;
            parts.Tag = app; // PROCID is a field apart: the channel is the program, restarted or not
        }
        parts.Payload = payload;
        return true;
    }

    /// <summary>The TIMESTAMP field of a line <see cref="TryUnwrap"/> accepted (<c>-</c> when the sender had no clock).</summary>
    public static ReadOnlySpan<char> Stamp(ReadOnlySpan<char> line)
    {
        var i = SyslogShortUnwrapper.Priority(line) + 2;
        return Field(line, ref i, out var stamp) ? line[stamp] : default;
    }

    /// <summary>Reads one space-terminated header field at <paramref name="i"/> and moves past its space.</summary>
    private static bool Field(ReadOnlySpan<char> line, ref int i, out Range field)
    {
        var sp = line[i..].IndexOf(' ');
        if (sp <= 0)
        {
            field = default;
            return false;
        }
        field = i..(i + sp);
        i += sp + 1;
        return true;
    }
}
