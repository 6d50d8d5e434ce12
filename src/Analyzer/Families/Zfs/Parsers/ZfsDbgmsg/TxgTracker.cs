using System.Globalization;
using Analyzer.Families.Zfs.Facts;
using Analyzer.Families.Zfs.Parsers.ZfsUnits;
using Analyzer.Rules.Facts;

namespace Analyzer.Families.Zfs.Parsers.ZfsDbgmsg;

/// <summary>
/// What dbgmsg says about transaction-group syncs, folded as lines stream by: sync markers (`txg_sync_thread()`
/// `txg=N …`, `spa_sync()` lines) and the gaps between them; deadman reports `slow spa_sync: started N seconds ago`
/// (spa_deadman), `slow vdev: PATH has N active IOs` and `slow zio[N]: … path=PATH …`; the pool names messages give.
/// </summary>
internal sealed class TxgTracker
{
    private long _markers;
    private long _lastMarker = -1;
    private long _maxGap = -1;
    private long? _lastTxg;
    private long _maxSyncSeconds = -1;
    private long _slowSync;
    private long _slowIo;
    private string? _slowVdev;
    private readonly HashSet<string> _pools = new(StringComparer.Ordinal);
    private Provenance? _evidence;
    private int _evidenceRank;

    public long Records { get; private set; }

    /// <summary>A sync time or timestamp gap too long for a TimeSpan (damaged numbers): shown capped.</summary>
    public bool DurationCapped => _maxSyncSeconds > MaxSeconds || _maxGap > MaxSeconds;

    private const long MaxSeconds = 900_000_000_000; // TimeSpan.MaxValue is about 922 337 203 685 seconds

    private static TimeSpan Seconds(long seconds) => TimeSpan.FromSeconds(Math.Min(seconds, MaxSeconds));

    public void Add(DbgmsgLine line, ReadOnlySpan<char> raw, string path, int lineNumber)
    {
        Records++;
        var msg = line.Message;
        NotePool(line.Function, msg);
        if (line.Function is "spa_deadman" || msg.StartsWith("slow spa_sync: started "))
        {
            _slowSync++;
            // spa_deadman also logs other text: only the "slow spa_sync: started N seconds ago" form has a number.
            var rest = msg.StartsWith("slow spa_sync: started ") ? msg["slow spa_sync: started ".Length..] : default;
            var end = rest.IndexOf(' ');
            if (end > 0 && long.TryParse(rest[..end], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds > _maxSyncSeconds)
            {
                _maxSyncSeconds = seconds;
                Evidence(raw, path, lineNumber, 3);
            }
            return;
        }
        if (msg.StartsWith("slow vdev: ") || msg.StartsWith("slow zio["))
        {
            _slowIo++;
            var vdev = msg.StartsWith("slow vdev: ") ? Word(msg["slow vdev: ".Length..]) : After(msg, "path=");
            if (_slowVdev is null && !vdev.IsEmpty && vdev is not "(null)") _slowVdev = vdev.ToString();
            Evidence(raw, path, lineNumber, 2);
            return;
        }
        var isMarker = line.Function is "txg_sync_thread" && msg.IndexOf("txg=") >= 0 || line.Function is "spa_sync";
        if (!isMarker) return;
        _markers++;
        if (long.TryParse(After(msg, "txg="), NumberStyles.None, CultureInfo.InvariantCulture, out var txg)) _lastTxg = txg;
        if (_lastMarker >= 0 && line.Timestamp - _lastMarker > _maxGap)
        {
            _maxGap = line.Timestamp - _lastMarker;
            Evidence(raw, path, lineNumber, 1);
        }
        _lastMarker = line.Timestamp;
    }

    // Only the most telling line is kept as evidence: deadman sync report > hung I/O report > largest gap.
    private void Evidence(ReadOnlySpan<char> raw, string path, int lineNumber, int rank)
    {
        if (rank < _evidenceRank) return;
        _evidenceRank = rank;
        _evidence = new Provenance(path, lineNumber, null, Fields.Excerpt(raw));
    }

    private void NotePool(ReadOnlySpan<char> function, ReadOnlySpan<char> msg)
    {
        if (_pools.Count >= 16) return;
        var name = After(msg, "spa=");
        // spa_history_log_sync(): `txg 18211301 snapshot tank/vm@auto (id 8812)`: the dataset's first component is the pool.
        if (name.IsEmpty && function is "spa_history_log_sync" && msg.StartsWith("txg "))
        {
            var rest = msg[4..];
            for (var skip = 0; skip < 2 && rest.IndexOf(' ') is var sp and > 0; skip++) rest = rest[(sp + 1)..];
            var dataset = Word(rest);
            var cut = dataset.IndexOfAny('/', '@', '#');
            name = cut >= 0 ? dataset[..cut] : dataset;
            if (name.IndexOfAnyExcept("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.:") >= 0) name = [];
        }
        if (name.IsEmpty && msg.StartsWith("spa_load(")) name = msg["spa_load(".Length..] is var r && r.IndexOf(',') is > 0 and var c ? r[..c] : [];
        if (!name.IsEmpty && name[0] != '$') _pools.Add(name.ToString()); // `$import` is the temporary name of a tryimport
    }

    private static ReadOnlySpan<char> After(ReadOnlySpan<char> msg, string key)
    {
        var at = msg.IndexOf(key);
        return at < 0 ? [] : Word(msg[(at + key.Length)..]);
    }

    private static ReadOnlySpan<char> Word(ReadOnlySpan<char> s)
    {
        var end = s.IndexOfAny(' ', '\t');
        return end < 0 ? s : s[..end];
    }

    public ZfsTxgSync ToFact(string path, Provenance fallback) => new()
    {
        Provenance = _evidence ?? fallback,
        Path = path,
        Origin = "dbgmsg",
        Pool = _pools.Count == 1 ? _pools.First() : null,
        Txgs = _markers,
        MaxSync = _maxSyncSeconds >= 0 ? Seconds(_maxSyncSeconds) : null,
        MaxGap = _maxGap >= 0 ? Seconds(_maxGap) : null,
        SlowestTxg = _lastTxg,
        SlowSyncReports = _slowSync > 0 ? _slowSync : null,
        SlowIoReports = _slowIo > 0 ? _slowIo : null,
        SlowVdev = _slowVdev,
    };
}
