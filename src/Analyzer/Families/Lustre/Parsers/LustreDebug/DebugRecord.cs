namespace Analyzer.Families.Lustre.Parsers.LustreDebug;

/// <summary>
/// The header of one `lctl dk` record, read in place from its line:
/// `SUBSYS:MASK:CPU[.TYPE[F]]:SEC.USEC:STACK:PID:EXTPID:(FILE:LINE:FUNC()) TEXT` (print_rec in lustre/utils/debug.c;
/// Lustre 1.8 had no `.TYPE[F]`). Spans point into the caller's line buffer.
/// </summary>
internal readonly ref struct DebugRecord
{
    public uint Subsystem { get; init; }
    public uint Mask { get; init; }
    public bool HasType { get; init; }
    public long Seconds { get; init; }
    public int Micros { get; init; }
    public long Pid { get; init; }
    public ReadOnlySpan<char> Function { get; init; }
    public ReadOnlySpan<char> Text { get; init; }

    /// <summary>Wall-clock time in microseconds since the Unix epoch.</summary>
    public long TimeMicros => Seconds * 1_000_000 + Micros;

    public static bool TryParse(ReadOnlySpan<char> line, out DebugRecord record)
    {
        record = default;
        var s = line;
        if (!Hex8(ref s, out var subsys) || !Colon(ref s)) return false;
        if (!Hex8(ref s, out var mask) || !Colon(ref s)) return false;
        if (!Digits(ref s, out _)) return false; // cpu
        var hasType = false;
        if (s.Length > 0 && s[0] == '.')
        {
            s = s[1..];
            if (!Digits(ref s, out _)) return false;
            if (s.Length > 0 && s[0] == 'F') s = s[1..];
            hasType = true;
        }
        if (!Colon(ref s) || !Digits(ref s, out var sec)) return false;
        if (s.Length < 8 || s[0] != '.') return false;
        s = s[1..];
        var usecStart = s;
        if (!Digits(ref s, out var usec) || usecStart.Length - s.Length != 6) return false;
        if (!Colon(ref s) || !Digits(ref s, out _) || !Colon(ref s)) return false; // stack
        if (!Digits(ref s, out var pid) || !Colon(ref s)) return false;
        if (!Digits(ref s, out _) || !Colon(ref s)) return false; // extern pid
        if (s.Length < 2 || s[0] != '(') return false;
        var close = s.IndexOf("())", StringComparison.Ordinal);
        if (close < 0) return false;
        var location = s[1..close];
        var fileEnd = location.IndexOf(':');
        if (fileEnd <= 0) return false;
        var rest = location[(fileEnd + 1)..];
        var lineEnd = rest.IndexOf(':');
        if (lineEnd <= 0) return false;
        foreach (var c in rest[..lineEnd])
            if (c is < '0' or > '9') return false;
        var text = s[(close + 3)..];
        if (text.Length > 0 && text[0] == ' ') text = text[1..];
        record = new DebugRecord
        {
            Subsystem = subsys,
            Mask = mask,
            HasType = hasType,
            Seconds = sec,
            Micros = (int)usec,
            Pid = pid,
            Function = rest[(lineEnd + 1)..],
            Text = text,
        };
        return true;
    }

    private static bool Colon(ref ReadOnlySpan<char> s)
    {
        if (s.Length == 0 || s[0] != ':') return false;
        s = s[1..];
        return true;
    }

    private static bool Hex8(ref ReadOnlySpan<char> s, out uint value)
    {
        value = 0;
        if (s.Length < 8) return false;
        for (var i = 0; i < 8; i++)
        {
            var c = s[i];
            int d = c switch { >= '0' and <= '9' => c - '0', >= 'a' and <= 'f' => c - 'a' + 10, >= 'A' and <= 'F' => c - 'A' + 10, _ => -1 };
            if (d < 0) return false;
            value = (value << 4) | (uint)d;
        }
        s = s[8..];
        return true;
    }

    private static bool Digits(ref ReadOnlySpan<char> s, out long value)
    {
        value = 0;
        var i = 0;
        while (i < s.Length && s[i] is >= '0' and <= '9' && i < 18)
            value = value * 10 + (s[i++] - '0');
        if (i == 0 || (i < s.Length && s[i] is >= '0' and <= '9')) return false;
        s = s[i..];
        return true;
    }
}
