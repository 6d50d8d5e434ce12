using Analyzer.Families.Linux.Facts;
using Analyzer.Families.Lustre.Facts;
using Analyzer.Rules.Facts;

namespace Analyzer.Families.Lustre.Parsers.Ftrace;

/// <summary>
/// Calls and durations per function name, at most <see cref="MaxFunctions"/> names (a kernel has ~60k traceable
/// functions; the rest are counted apart). Names are looked up by span, so a repeated name costs no allocation.
/// </summary>
internal sealed class FunctionStats
{
    public const int MaxFunctions = 100_000;
    public const int TopN = 20;

    private readonly Dictionary<string, Stat> _stats = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Stat>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    public FunctionStats() => _bySpan = _stats.GetAlternateLookup<ReadOnlySpan<char>>();

    public long Untracked { get; private set; }
    public long TimedCalls { get; private set; }

    /// <summary>The interned name, so open graph frames hold one string per function, not one per call.</summary>
    public string? Intern(ReadOnlySpan<char> name) => Get(name) is { } stat ? stat.Name : null;

    public void Call(ReadOnlySpan<char> name, long? nanos, int line, ReadOnlySpan<char> rawLine, ReadOnlySpan<char> comm, long? pid, long cpu)
    {
        var stat = Get(name);
        if (stat is null) return;
        stat.Calls++;
        if (nanos is { } n)
        {
            TimedCalls++;
            stat.Total += n;
        }
        var duration = nanos ?? 0;
        if (stat.MaxLine != 0 && duration <= stat.Max) return;
        // The first call of an untimed function, or a new longest call: the evidence line.
        stat.Max = duration;
        stat.MaxLine = line;
        var text = rawLine.Trim();
        // A bare `}` exit line says nothing alone: name the function it closes.
        stat.MaxExcerpt = text.Contains(name, StringComparison.Ordinal)
            ? LustreDebug.Excerpt.Of(text)
            : LustreDebug.Excerpt.Of(string.Concat(name, "(): ", text));
        stat.MaxComm = comm.IsEmpty ? "" : comm.Trim().ToString();
        stat.MaxPid = pid;
        stat.MaxCpu = cpu;
    }

    private Stat? Get(ReadOnlySpan<char> name)
    {
        if (_bySpan.TryGetValue(name, out var stat)) return stat;
        if (_stats.Count >= MaxFunctions)
        {
            Untracked++;
            return null;
        }
        var key = name.ToString();
        stat = new Stat { Name = key };
        _stats.Add(key, stat);
        return stat;
    }

    public IEnumerable<FtraceFunction> Facts(string path)
    {
        var all = _stats.Values.Where(s => s.Calls > 0).ToList();
        var chosen = all.OrderByDescending(s => s.Total).ThenBy(s => s.Name, StringComparer.Ordinal).Where(s => s.Total > 0).Take(TopN)
            .Concat(all.OrderByDescending(s => s.Max).ThenBy(s => s.Name, StringComparer.Ordinal).Where(s => s.Max > 0).Take(TopN))
            .Concat(all.OrderByDescending(s => s.Calls).ThenBy(s => s.Name, StringComparer.Ordinal).Take(TopN))
            .Distinct()
            .OrderByDescending(s => s.Total).ThenByDescending(s => s.Calls).ThenBy(s => s.Name, StringComparer.Ordinal);
        foreach (var s in chosen)
            yield return new FtraceFunction
            {
                Provenance = new Provenance(path, s.MaxLine == 0 ? null : s.MaxLine, null, s.MaxExcerpt),
                Path = path,
                Function = s.Name,
                Calls = s.Calls,
                Total = Ticks(s.Total),
                Max = Ticks(s.Max),
                MaxComm = s.MaxComm,
                MaxPid = s.MaxPid,
                MaxCpu = s.MaxCpu,
            };
    }

    /// <summary>Nanoseconds to the 100 ns ticks of a TimeSpan, rounded (graph durations have 1 ns resolution).</summary>
    private static TimeSpan Ticks(long nanos) => TimeSpan.FromTicks((nanos + 50) / 100);

    private sealed class Stat
    {
        public required string Name { get; init; }
        public long Calls { get; set; }
        public long Total { get; set; }
        public long Max { get; set; }
        public int MaxLine { get; set; }
        public string? MaxExcerpt { get; set; }
        public string MaxComm { get; set; } = "";
        public long? MaxPid { get; set; }
        public long MaxCpu { get; set; }
    }
}
