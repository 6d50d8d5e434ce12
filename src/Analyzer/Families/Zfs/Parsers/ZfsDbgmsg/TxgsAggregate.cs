using System.Globalization;
using Analyzer.Families.Zfs.Facts;
using Analyzer.Families.Zfs.Parsers.ZfsUnits;
using Analyzer.Rules.Facts;

namespace Analyzer.Families.Zfs.Parsers.ZfsDbgmsg;

/// <summary>Running maxima and sums over the rows of one txgs kstat.</summary>
internal sealed class TxgsAggregate
{
    private long _maxSync = -1, _sumSync, _synced, _maxOpen = -1, _maxGap = -1, _lastBirth = -1, _maxDirty = -1;
    private long? _slowest;
    private Provenance? _evidence;

    public long Txgs { get; private set; }

    public bool Add(ReadOnlySpan<char> line, ReadOnlySpan<Range> r, string[] columns, KstatHeader? kstat, string path, int lineNumber)
    {
        long Num(string name, ReadOnlySpan<char> l, ReadOnlySpan<Range> rr)
        {
            var at = Array.IndexOf(columns, name);
            return at >= 0 && long.TryParse(l[rr[at]], NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : -1;
        }
        var txg = Num("txg", line, r);
        var birth = Num("birth", line, r);
        if (txg < 0 || birth < 0) return false;
        var stateAt = Array.IndexOf(columns, "state");
        var state = stateAt >= 0 ? line[r[stateAt]] : [];
        var otime = Num("otime", line, r);
        var qtime = Num("qtime", line, r);
        var wtime = Num("wtime", line, r);
        var stime = Num("stime", line, r);
        var dirty = Math.Max(Num("ndirty", line, r), Num("nreserved", line, r));
        Txgs++;
        if (state is "C" && stime >= 0)
        {
            _sumSync += stime;
            _synced++;
        }
        else if (state is "S" && kstat is not null && otime >= 0 && qtime >= 0 && wtime >= 0)
            stime = kstat.SnapshotNs - birth - otime - qtime - wtime; // still syncing: time since the sync began
        if (stime > _maxSync)
        {
            _maxSync = stime;
            _slowest = txg;
            _evidence = new Provenance(path, lineNumber, null, Fields.Excerpt(line));
        }
        _evidence ??= new Provenance(path, lineNumber, null, Fields.Excerpt(line));
        if (otime > _maxOpen) _maxOpen = otime;
        if (dirty > _maxDirty) _maxDirty = dirty;
        if (_lastBirth >= 0 && birth - _lastBirth > _maxGap) _maxGap = birth - _lastBirth;
        _lastBirth = birth;
        return true;
    }

    private static TimeSpan? Ns(long ns) => ns >= 0 ? TimeSpan.FromTicks(ns / 100) : null;

    public ZfsTxgSync ToFact(string path, string? pool) => new()
    {
        Provenance = _evidence!,
        Path = path,
        Origin = "txgs",
        Pool = pool,
        Txgs = Txgs,
        MaxSync = Ns(_maxSync),
        MeanSync = _synced > 0 ? Ns(_sumSync / _synced) : null,
        MaxOpen = Ns(_maxOpen),
        MaxGap = Ns(_maxGap),
        SlowestTxg = _slowest,
        MaxDirty = _maxDirty >= 0 ? _maxDirty : null,
    };
}
