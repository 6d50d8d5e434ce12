using Analyzer.Families.Zfs.Facts;
using Analyzer.Families.Zfs.Parsers.ZfsUnits;
using Analyzer.Rules.Facts;

namespace Analyzer.Families.Zfs.Parsers.Arcstat;

/// <summary>One interval row decoded against the current header; the hit ratio comes from whichever columns exist.</summary>
internal readonly record struct ArcstatRow(string Time, double? Reads, double? Misses, double? HitRatio, long? Size, long? C, long? Avail)
{
    public static bool TryRead(ReadOnlySpan<char> line, ArcstatColumns columns, out ArcstatRow row)
    {
        row = default;
        Span<Range> r = stackalloc Range[64];
        var n = Analyzer.Text.BlankFields.Split(line, r, out var total);
        if (total != columns.Names.Length || n != total) return false;
        var values = new double?[n];
        var time = "";
        for (var i = 0; i < n; i++)
        {
            var name = columns.Names[i];
            var cell = line[r[i]];
            if (name == "time")
            {
                if (cell.IndexOf(':') < 0) return false;
                time = cell.ToString();
                continue;
            }
            if (ZfsNumber.IsDash(cell)) continue;
            if (!ZfsNumber.TryParse(cell, ArcstatColumns.IsSize(name) ? 1024 : 1000, out var v)) return false;
            values[i] = v;
        }
        double? Col(string name) => columns.IndexOf(name) is var at and >= 0 ? values[at] : null;

        var reads = Col("read");
        var misses = Col("miss");
        double? ratio = null;
        if (Col("hit%") is { } hp) ratio = hp / 100;
        else if (Col("miss%") is { } mp) ratio = 1 - mp / 100;
        else if (reads is > 0 && misses is { } m) ratio = 1 - m / reads.Value;
        else if (Col("ddread") is { } dd && Col("dmread") is { } dm && Col("pread") is { } pr)
        {
            // 2.2+ default: no miss column; the hit percentages of demand data, demand metadata and prefetch weigh in.
            reads ??= dd + dm + pr;
            var hits = dd * (Col("ddh%") ?? 0) / 100 + dm * (Col("dmh%") ?? 0) / 100 + pr * (Col("ph%") ?? 0) / 100;
            var all = dd + dm + pr;
            if (all > 0) ratio = hits / all;
        }
        if (reads is null && Col("hits") is { } h && misses is { } mm) reads = h + mm;
        if (misses is null && reads is { } rd && ratio is { } rt) misses = rd * (1 - rt);
        if (ratio is null && reads is > 0 && misses is { } ms) ratio = 1 - ms / reads.Value;
        if (reads is 0) ratio = null;
        var size = Col("arcsz") ?? Col("size");
        row = new ArcstatRow(time, reads, misses, ratio is { } x ? Math.Clamp(x, 0, 1) : null,
            size is { } s ? ZfsNumber.ToLong(s) : null,
            Col("c") is { } c ? ZfsNumber.ToLong(c) : null,
            Col("avail") is { } a ? ZfsNumber.ToLong(a) : null);
        return true;
    }

    public ArcstatInterval ToFact(string path, Provenance provenance) => new()
    {
        Provenance = provenance,
        Path = path,
        Time = Time,
        Reads = Reads,
        Misses = Misses,
        Hits = Reads is { } r && Misses is { } m ? Math.Max(0, r - m) : null,
        HitRatio = HitRatio,
        Size = Size,
        C = C,
        Avail = Avail,
    };
}
