using Analyzer.Families.Linux.Facts;
using Analyzer.Rules.Facts;
using Analyzer.Text;

namespace Analyzer.Families.Linux.Parsers.Vmstat;

/// <summary>The vmstat column header, by name; the line under it is read into a <see cref="VmstatSample"/>.</summary>
internal sealed class VmstatHeader
{
    private readonly Dictionary<string, int> _index;
    private readonly int _count;
    private readonly bool _timestamp;

    private VmstatHeader(Dictionary<string, int> index, int count, bool timestamp)
    {
        _index = index;
        _count = count;
        _timestamp = timestamp;
    }

    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "r", "b", "swpd", "free", "buff", "cache", "inact", "active", "si", "so", "bi", "bo", "in", "cs", "us", "sy", "id", "wa", "st", "gu",
    };

    public static VmstatHeader? TryParse(ReadOnlySpan<char> line)
    {
        Span<Range> ranges = stackalloc Range[32];
        var n = BlankFields.Split(line, ranges);
        if (n < 8 || line[ranges[0]] is not "r" || line[ranges[1]] is not "b") return null;
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < n; i++) index.TryAdd(line[ranges[i]].ToString(), i);
        if (!index.ContainsKey("us") || !index.ContainsKey("si")) return null;
        // -t adds one column named by the time zone (UTC, CET, ...): the last one, not a vmstat field.
        var timestamp = !Known.Contains(line[ranges[n - 1]].ToString());
        return new VmstatHeader(index, n, timestamp);
    }

    public VmstatSample? Read(ReadOnlySpan<char> line, Span<Range> ranges, string path, int number, long interval)
    {
        var n = BlankFields.Split(line, ranges);
        string? timestamp = null;
        if (_timestamp)
        {
            // `2024-01-02 10:11:12` fills two tokens under the one time-zone header word.
            if (n != _count + 1) return null;
            timestamp = line[ranges[n - 2].Start..ranges[n - 1].End].ToString();
        }
        else if (n != _count) return null;
        long Get(string name, ReadOnlySpan<char> l, Span<Range> r) =>
            _index.TryGetValue(name, out var i) && HostNumber.TryLong(l[r[i]], out var v) ? v : 0;
        long? Maybe(string name, ReadOnlySpan<char> l, Span<Range> r) =>
            _index.TryGetValue(name, out var i) && HostNumber.TryLong(l[r[i]], out var v) ? v : null;
        if (!HostNumber.TryLong(line[ranges[0]], out var runnable)) return null;
        return new VmstatSample
        {
            Provenance = new Provenance(path, number, number, Excerpt.Of(line)),
            Path = path,
            Interval = interval,
            SinceBoot = interval == 1,
            Timestamp = timestamp,
            Runnable = runnable,
            Blocked = Get("b", line, ranges),
            SwapUsedKb = Maybe("swpd", line, ranges),
            FreeKb = Maybe("free", line, ranges),
            SwapIn = Get("si", line, ranges),
            SwapOut = Get("so", line, ranges),
            BlocksIn = Get("bi", line, ranges),
            BlocksOut = Get("bo", line, ranges),
            User = Get("us", line, ranges),
            System = Get("sy", line, ranges),
            Idle = Get("id", line, ranges),
            IoWait = Get("wa", line, ranges),
            Steal = Get("st", line, ranges),
        };
    }
}
