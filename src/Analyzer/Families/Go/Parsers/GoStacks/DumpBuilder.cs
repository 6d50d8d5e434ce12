using Analyzer.Families.Go.Facts;
using Analyzer.Rules.Facts;

namespace Analyzer.Families.Go.Parsers.GoStacks;

/// <summary>One dump being read: its preamble (panic chain, fatal errors, signal) and its groups.</summary>
internal sealed class DumpBuilder(string kind, int startLine, string excerpt)
{
    private readonly Dictionary<ulong, GroupBuilder> _byHash = [];
    private readonly List<GroupBuilder> _groups = [];
    private readonly List<string> _panicMessages = [];
    private readonly List<(string Message, int Line, string Excerpt)> _fatals = [];
    /// <summary>Ids below 4096 seen so far, one bit each: every full dump has the main goroutine and the runtime's first ones.</summary>
    private readonly ulong[] _smallIds = new ulong[SmallIdLimit / 64];
    private const int SmallIdLimit = 4096;

    public string Kind { get; } = kind;
    public int StartLine { get; } = startLine;
    public int EndLine { get; set; } = startLine;
    public string Excerpt { get; } = excerpt;
    public long Goroutines { get; set; }
    public bool Truncated { get; set; }
    public long? ProfileTotal { get; set; }
    public IReadOnlyList<GroupBuilder> Groups => _groups;

    public bool HasPanic => _panicMessages.Count > 0;
    private bool _recovered;
    private bool _repanicked;
    private int _panicStart;
    private int _panicEnd;
    private string _panicExcerpt = "";
    private string? _signal;
    private string? _addr;

    public void AddPanic(string message, bool recovered, bool repanicked, int line, string excerpt)
    {
        if (_panicMessages.Count == 0) _panicStart = line;
        _panicMessages.Add(message);
        _recovered |= recovered;
        _repanicked |= repanicked;
        _panicEnd = line;
        _panicExcerpt = excerpt; // the last (killing) panic line is the one to quote
    }

    public void SetSignal(string signal, string? addr, int line)
    {
        _signal ??= signal;
        _addr ??= addr;
        if (HasPanic && line == _panicEnd + 1) _panicEnd = line;
    }

    /// <summary>
    /// False when a small id was already seen in this dump. Only small ids are tracked, so the check costs nothing
    /// per goroutine; a second dump repeats them (goroutine 1 is main, the next few are the runtime's).
    /// </summary>
    public bool AddGoroutineId(long id)
    {
        if (id is < 0 or >= SmallIdLimit)
            return true;
        ref var word = ref _smallIds[id >> 6];
        var bit = 1UL << (int)(id & 63);
        if ((word & bit) != 0)
            return false;
        word |= bit;
        return true;
    }

    public void AddFatal(string message, int line, string excerpt) => _fatals.Add((message, line, excerpt));

    /// <summary>A group with the scratch goroutine's identity, or null. Hash hits are verified, so collisions are harmless.</summary>
    public GroupBuilder? Find(ulong hash, GoroutineScratch g)
    {
        if (_byHash.TryGetValue(hash, out var group) && group.Matches(g))
            return group;
        // A true collision (never seen in practice) falls back to a linear scan of the groups sharing the bucket.
        if (group is not null)
            foreach (var other in _groups)
                if (other.Hash == hash && other.Matches(g))
                    return other;
        return null;
    }

    public void AddGroup(GroupBuilder group)
    {
        _byHash.TryAdd(group.Hash, group);
        _groups.Add(group);
    }

    public void Emit(string path, Action<IFact> emit)
    {
        var groups = _groups.Select(g => g.Build(path)).ToList();
        foreach (var g in groups)
            emit(g);
        foreach (var holder in LockHolderInference.Infer(groups))
            emit(holder);

        var first = groups.FirstOrDefault();
        emit(new GoroutineDump
        {
            Provenance = new Provenance(path, StartLine, EndLine, Excerpt),
            Path = path,
            Kind = Kind,
            Goroutines = ProfileTotal ?? Goroutines,
            Groups = groups.Count,
            Truncated = Truncated,
        });
        if (HasPanic)
        {
            var message = _panicMessages[^1];
            emit(new GoPanic
            {
                Provenance = new Provenance(path, _panicStart, _panicEnd, _panicExcerpt),
                Message = message,
                RuntimeError = message.StartsWith("runtime error:", StringComparison.Ordinal),
                Recovered = _recovered,
                Repanicked = _repanicked,
                EarlierMessages = _panicMessages.Take(_panicMessages.Count - 1).ToArray(),
                Signal = _signal,
                Addr = _addr,
                GoroutineId = first?.FirstGoroutineId,
                AppFunction = first?.AppFunction,
                AppLocation = first?.AppLocation,
            });
        }
        foreach (var (message, line, excerpt) in _fatals)
        {
            emit(new GoFatalError
            {
                Provenance = new Provenance(path, line, line, excerpt),
                Message = message,
                Kind = GoPanicLine.FatalKind(message),
                GoroutineId = first?.FirstGoroutineId,
                AppFunction = first?.AppFunction,
                AppLocation = first?.AppLocation,
            });
        }
    }
}
