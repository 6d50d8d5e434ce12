using System.Globalization;

namespace Analyzer.Families.Zfs.Parsers.ZfsDbgmsg;

/// <summary>
/// One dbgmsg record: `%-12llu %s` = epoch seconds, then (≥ 2.3) a thread pointer, an optional `dprintf: `, and
/// `file.c:LINE:func(): message`. nvlist dumps carry no `file:line:func` prefix; lines without a leading number are
/// continuations of the record before.
/// </summary>
internal readonly ref struct DbgmsgLine
{
    public long Timestamp { get; init; }
    public ReadOnlySpan<char> Function { get; init; }
    public ReadOnlySpan<char> Message { get; init; }

    public static bool TryParse(ReadOnlySpan<char> line, out DbgmsgLine parsed)
    {
        parsed = default;
        var digits = line.IndexOfAnyExceptInRange('0', '9');
        if (digits <= 0 || digits > 12 || digits == line.Length || line[digits] is not (' ' or '\t')) return false;
        if (!long.TryParse(line[..digits], NumberStyles.None, CultureInfo.InvariantCulture, out var ts)) return false;
        var rest = line[digits..].TrimStart();
        var space = rest.IndexOf(' ');
        // ≥ 2.3: a thread pointer (`%px`, hex) before the location.
        if (space is >= 8 and <= 16 && rest[..space].IndexOfAnyExcept("0123456789abcdef") < 0 && rest[..space].IndexOf(':') < 0)
            rest = rest[(space + 1)..];
        if (rest.StartsWith("dprintf: ")) rest = rest["dprintf: ".Length..];
        var func = ReadOnlySpan<char>.Empty;
        var marker = rest.IndexOf("(): ");
        if (marker < 0 && rest.EndsWith("():")) marker = rest.Length - 3;
        if (marker > 0)
        {
            var location = rest[..marker];
            var colon = location.LastIndexOf(':');
            var fileEnd = location.IndexOf(':');
            if (colon > fileEnd && fileEnd > 0 && location[..fileEnd].EndsWith(".c") && location.IndexOf(' ') < 0)
            {
                func = location[(colon + 1)..];
                rest = marker + 4 <= rest.Length ? rest[(marker + 4)..] : [];
            }
        }
        parsed = new DbgmsgLine { Timestamp = ts, Function = func, Message = rest };
        return true;
    }

    public static bool IsHeader(ReadOnlySpan<char> line)
    {
        var t = line.Trim();
        if (!t.StartsWith("timestamp")) return false;
        return t["timestamp".Length..].Trim() is "message";
    }
}
