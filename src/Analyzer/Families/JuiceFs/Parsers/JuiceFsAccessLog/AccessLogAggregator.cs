using Analyzer.Families.JuiceFs.Facts;
using Analyzer.Rules.Facts;

namespace Analyzer.Families.JuiceFs.Parsers.JuiceFsAccessLog;

/// <summary>
/// Streams records into bounded state: per operation a fixed histogram and exact sums, the N slowest records,
/// space-saving tables of pids and uids, and a self-coarsening time series. Memory follows the number of distinct
/// operations (capped), never the number of records.
/// </summary>
internal sealed class AccessLogAggregator
{
    public const int MaxOps = 256;
    public const int SlowestKept = 10;
    public const int CallersTracked = 64;
    public const int CallersReported = 10;
    public const int ExcerptChars = 300;
    private const string OtherOp = "(other)";

    private readonly Dictionary<string, OpAccumulator> _ops = new(StringComparer.Ordinal);
    private readonly Dictionary<string, OpAccumulator>.AlternateLookup<ReadOnlySpan<char>> _opsBySpan;
    private readonly LatencyHistogram _all = new();
    private readonly SlowestRecords _slowest = new(SlowestKept);
    private readonly SpaceSaving _pids = new(CallersTracked);
    private readonly SpaceSaving _uids = new(CallersTracked);
    private readonly RateSeries _series = new();
    private readonly long[] _variants = new long[3];
    private long _firstMicros = long.MaxValue;
    private long _lastMicros = long.MinValue;
    private long _firstLine;
    private OpAccumulator? _lastOp;

    public AccessLogAggregator() => _opsBySpan = _ops.GetAlternateLookup<ReadOnlySpan<char>>();

    public long Records { get; private set; }
    public long Errors { get; private set; }
    public long KeepAlives { get; set; }
    public long Malformed { get; set; }

    public void Add(in AccessRecord record, long line, ReadOnlySpan<char> text)
    {
        Records++;
        var ok = record.Ok;
        if (!ok) Errors++;
        _variants[(int)record.Variant]++;
        var micros = record.LatencyMicros;
        if (record.TimeMicros < _firstMicros)
        {
            _firstMicros = record.TimeMicros;
            if (_firstLine == 0) _firstLine = line;
        }
        if (record.TimeMicros > _lastMicros) _lastMicros = record.TimeMicros;

        var op = Op(record.Op);
        op.Add(record, line, op.WantsExcerpt(record) ? Excerpt(text) : null);
        _all.Add(micros);
        if (_slowest.Admits(micros))
            _slowest.Add(new SlowRecord(micros, line, op.Op, ok ? "OK" : ErrnoNames.NameOf(record.Status.ToString()), record.Pid, Excerpt(text)));
        _pids.Add(record.Pid, !ok, micros);
        _uids.Add(record.Uid, !ok, micros);
        _series.Add(record.TimeMicros / 1_000_000, !ok, micros);
    }

    public void Emit(string path, Action<IFact> emit)
    {
        if (Records == 0) return;
        var spanMicros = Math.Max(0, _lastMicros - _firstMicros);
        var ops = _ops.Values.OrderByDescending(o => o.TotalMicros).ThenBy(o => o.Op, StringComparer.Ordinal).ToList();
        foreach (var o in ops)
        {
            var h = o.Latency;
            emit(new JuiceFsAccessOp
            {
                Provenance = new Provenance(path, Line(o.SlowestLine), Line(o.SlowestLine), o.SlowestExcerpt),
                Path = path,
                Op = o.Op,
                Count = h.Count,
                Errors = o.Errors,
                TopErrno = o.ErrorKinds.OrderByDescending(e => e.Count).Select(e => ErrnoNames.NameOf(e.Status)).FirstOrDefault() ?? "",
                P50 = Micros(h.Quantile(0.50)),
                P90 = Micros(h.Quantile(0.90)),
                P99 = Micros(h.Quantile(0.99)),
                Max = Micros(h.Max),
                Mean = Micros(h.Count == 0 ? 0 : o.TotalMicros / h.Count),
                Total = Micros(o.TotalMicros),
                Percent = spanMicros == 0 ? 0 : Math.Round(100.0 * o.TotalMicros / spanMicros, 1),
                SlowestLine = o.SlowestLine,
                SlowestExcerpt = o.SlowestExcerpt,
            });
            foreach (var e in o.ErrorKinds.OrderByDescending(e => e.Count).ThenBy(e => e.Status, StringComparer.Ordinal))
                emit(new JuiceFsAccessErrno
                {
                    Provenance = new Provenance(path, Line(e.FirstLine), Line(e.FirstLine), e.FirstExcerpt),
                    Path = path,
                    Op = o.Op,
                    Errno = ErrnoNames.NameOf(e.Status),
                    Status = e.Status,
                    Count = e.Count,
                    Max = Micros(e.MaxMicros),
                });
        }

        var rank = 0;
        foreach (var s in _slowest.Ordered())
            emit(new JuiceFsAccessSlow
            {
                Provenance = new Provenance(path, Line(s.Line), Line(s.Line), s.Excerpt),
                Path = path,
                Rank = ++rank,
                Op = s.Op,
                Latency = Micros(s.Micros),
                Status = s.Status,
                Pid = s.Pid,
                Line = s.Line,
            });

        EmitCallers(path, "pid", _pids, emit);
        EmitCallers(path, "uid", _uids, emit);

        var (counts, errors, means, maxes) = _series.Snapshot();
        emit(new JuiceFsAccessTimeline
        {
            Provenance = new Provenance(path, Line(_firstLine)),
            Path = path,
            Start = LocalTimestamp.FormatSeconds(_series.BaseSeconds * 1_000_000),
            BucketSeconds = _series.WidthSeconds,
            Counts = counts,
            Errors = errors,
            MeanMicros = means,
            MaxMicros = maxes,
        });

        emit(new JuiceFsAccessSummary
        {
            Provenance = new Provenance(path, Line(_firstLine)),
            Path = path,
            Variant = Variant(),
            Records = Records,
            Errors = Errors,
            KeepAlives = KeepAlives,
            Malformed = Malformed,
            Ops = _ops.Count,
            First = LocalTimestamp.Format(_firstMicros),
            Last = LocalTimestamp.Format(_lastMicros),
            Span = Micros(spanMicros),
            Rate = spanMicros == 0 ? 0 : Math.Round(Records / (spanMicros / 1e6), 1),
            P99 = Micros(_all.Quantile(0.99)),
            Max = Micros(_all.Max),
        });
    }

    private static void EmitCallers(string path, string kind, SpaceSaving table, Action<IFact> emit)
    {
        var top = table.Top(CallersReported);
        foreach (var (key, count, over, errors, micros) in top)
            emit(new JuiceFsAccessCaller
            {
                Provenance = new Provenance(path),
                Path = path,
                Kind = kind,
                Id = key.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Count = count,
                CountError = over,
                Errors = errors,
                Total = Micros(micros),
            });
        var rest = table.Total - top.Sum(t => t.Count);
        if (rest > 0)
            emit(new JuiceFsAccessCaller
            {
                Provenance = new Provenance(path),
                Path = path,
                Kind = kind,
                Id = "other",
                Count = rest,
                CountError = 0,
                Errors = Math.Max(0, table.TotalErrors - top.Sum(t => t.Errors)),
                Total = Micros(Math.Max(0, table.TotalMicros - top.Sum(t => t.Micros))),
            });
    }

    private OpAccumulator Op(ReadOnlySpan<char> name)
    {
        if (_lastOp is not null && name.SequenceEqual(_lastOp.Op))
            return _lastOp; // runs of one operation (reads of a file) skip hashing
        if (_opsBySpan.TryGetValue(name, out var op))
            return _lastOp = op;
        var key = _ops.Count < MaxOps ? name.ToString() : OtherOp;
        if (!_ops.TryGetValue(key, out op))
            _ops[key] = op = new OpAccumulator(key);
        return _lastOp = op;
    }

    private string Variant()
    {
        string[] names = ["v1.2+", "v1.0-1.1", "hadoop-sdk"];
        var seen = Enumerable.Range(0, 3).Where(i => _variants[i] > 0).ToList();
        return seen.Count == 1 ? names[seen[0]] : "mixed";
    }

    private static string Excerpt(ReadOnlySpan<char> text)
    {
        var cut = text.Length > ExcerptChars ? text[..ExcerptChars] : text;
        return cut.ToString().Replace("\n", "⏎", StringComparison.Ordinal) + (text.Length > ExcerptChars ? "…" : "");
    }

    private static int? Line(long line) => line is > 0 and <= int.MaxValue ? (int)line : null;

    private static TimeSpan Micros(long micros) => TimeSpan.FromTicks(micros * 10);
}
