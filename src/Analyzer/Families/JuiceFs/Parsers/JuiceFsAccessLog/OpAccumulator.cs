namespace Analyzer.Families.JuiceFs.Parsers.JuiceFsAccessLog;

/// <summary>
/// Everything kept about one operation: a fixed-size histogram, exact sums, the slowest record and a bounded list of
/// error kinds. Its size does not depend on how many records it has seen.
/// </summary>
internal sealed class OpAccumulator(string op)
{
    /// <summary>Distinct status texts kept per operation; real logs have a handful (ENOENT, EIO, EAGAIN...).</summary>
    public const int MaxErrorKinds = 32;

    private readonly List<ErrnoCount> _errors = [];

    public string Op { get; } = op;
    public LatencyHistogram Latency { get; } = new();
    public long TotalMicros { get; private set; }
    public long Errors { get; private set; }
    /// <summary>Failures whose status text did not fit in the bounded table (counted, not itemised).</summary>
    public long OtherErrors { get; private set; }
    public long SlowestMicros { get; private set; } = -1;
    public long SlowestLine { get; private set; }
    public string SlowestExcerpt { get; private set; } = "";
    public IReadOnlyList<ErrnoCount> ErrorKinds => _errors;

    /// <summary>True when <see cref="Add"/> will quote this record (callers build the excerpt only then).</summary>
    public bool WantsExcerpt(in AccessRecord record) =>
        record.LatencyMicros > SlowestMicros || (!record.Ok && _errors.Count < MaxErrorKinds && Find(record.Status) is null);

    public void Add(in AccessRecord record, long line, string? excerpt)
    {
        var micros = record.LatencyMicros;
        Latency.Add(micros);
        TotalMicros += micros;
        if (micros > SlowestMicros)
        {
            SlowestMicros = micros;
            SlowestLine = line;
            SlowestExcerpt = excerpt ?? "";
        }
        if (record.Ok)
            return;
        Errors++;
        var kind = Find(record.Status);
        if (kind is null)
        {
            if (_errors.Count >= MaxErrorKinds)
            {
                OtherErrors++;
                return;
            }
            kind = new ErrnoCount(record.Status.ToString(), line, excerpt ?? "");
            _errors.Add(kind);
        }
        kind.Count++;
        kind.MaxMicros = Math.Max(kind.MaxMicros, micros);
    }

    private ErrnoCount? Find(ReadOnlySpan<char> status)
    {
        foreach (var e in _errors)
            if (status.SequenceEqual(e.Status))
                return e;
        return null;
    }
}
