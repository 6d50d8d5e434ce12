namespace Analyzer.Families.Linux.Parsers.Meminfo;

/// <summary>
/// One meminfo line as it arrives: `MemTotal:       16316108 kB` from /proc/meminfo, `Node 0 MemTotal: ... kB` from
/// /sys/devices/system/node/nodeN/meminfo, `/sys/.../node0/meminfo:Node 0 ...` from `grep . `, and pasted copies
/// whose `kB` was lost or whose numbers carry thousands separators (`16,316,108`, `16 316 108`, `16.316.108`).
/// </summary>
internal readonly ref struct MeminfoLine
{
    public ReadOnlySpan<char> Key { get; }
    public long? Node { get; }
    public long Kb { get; }
    /// <summary>False when the value had no unit (taken as kB, as /proc/meminfo prints every size).</summary>
    public bool HadUnit { get; }

    private MeminfoLine(ReadOnlySpan<char> key, long? node, long kb, bool hadUnit)
    {
        Key = key;
        Node = node;
        Kb = kb;
        HadUnit = hadUnit;
    }

    public static bool TryParse(ReadOnlySpan<char> line, out MeminfoLine parsed)
    {
        parsed = default;
        line = line.Trim();
        // grep's file prefix: `/sys/devices/system/node/node0/meminfo:Node 0 MemTotal: ...`.
        if (line.Length > 0 && line[0] == '/' && line.IndexOf("meminfo:", StringComparison.Ordinal) is var at and > 0)
            line = line[(at + "meminfo:".Length)..].TrimStart();
        long? node = null;
        if (line.StartsWith("Node ", StringComparison.Ordinal))
        {
            var rest = line[5..].TrimStart();
            var digits = rest.IndexOfAnyExcept("0123456789");
            if (digits <= 0 || !long.TryParse(rest[..digits], out var n)) return false;
            node = n;
            line = rest[digits..].TrimStart();
        }
        var colon = line.IndexOf(':');
        if (colon <= 0) return false;
        var key = line[..colon].TrimEnd();
        if (key.IndexOfAny(' ', '\t') >= 0) return false;
        var value = line[(colon + 1)..].Trim();
        var unit = SplitUnit(value, out var number);
        if (unit < 0 || !TryGrouped(number, out var amount)) return false;
        parsed = new MeminfoLine(key, node, unit == 0 ? amount : (long)(amount * (double)unit / 1024), unit != 0);
        return true;
    }

    /// <summary>The unit's size in bytes (0: no unit; -1: a unit that is no size), and the number before it.</summary>
    private static long SplitUnit(ReadOnlySpan<char> value, out ReadOnlySpan<char> number)
    {
        var end = value.Length;
        while (end > 0 && char.IsAsciiLetter(value[end - 1])) end--;
        var unit = value[end..];
        number = value[..end].TrimEnd();
        if (unit.IsEmpty) return 0;
        if (unit.Equals("kB", StringComparison.OrdinalIgnoreCase) || unit.Equals("KiB", StringComparison.OrdinalIgnoreCase) || unit is "k" or "K") return 1024;
        if (unit.Equals("MB", StringComparison.OrdinalIgnoreCase) || unit.Equals("MiB", StringComparison.OrdinalIgnoreCase)) return 1024L * 1024;
        if (unit.Equals("GB", StringComparison.OrdinalIgnoreCase) || unit.Equals("GiB", StringComparison.OrdinalIgnoreCase)) return 1024L * 1024 * 1024;
        return unit is "B" ? 1 : -1;
    }

    /// <summary>Digits, with or without thousands separators (`,` `.` `'` `_`, blank, no-break or thin space) in groups of three.</summary>
    private static bool TryGrouped(ReadOnlySpan<char> text, out long value)
    {
        value = 0;
        if (text.IsEmpty) return false;
        var group = -1; // digits since the last separator; -1 before any separator
        var digits = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                if (value > (long.MaxValue - 9) / 10) return false;
                value = value * 10 + (c - '0');
                digits++;
                if (group >= 0) group++;
                continue;
            }
            if (c is not (',' or '.' or '\'' or '_' or ' ' or '\u00a0' or '\u202f') || digits == 0 || group is >= 0 and not 3) return false;
            if (group < 0 && digits > 3) return false;
            group = 0;
        }
        return digits > 0 && group is -1 or 3;
    }
}
