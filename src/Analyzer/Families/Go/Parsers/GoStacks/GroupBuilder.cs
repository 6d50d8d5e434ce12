using Analyzer.Parsing;
using Analyzer.Families.Go.Facts;
using Analyzer.Rules.Facts;

namespace Analyzer.Families.Go.Parsers.GoStacks;

/// <summary>
/// Accumulates one group of a dump: the first member's frames (with arguments) and running statistics of the
/// others. This is all the memory a group costs, however many goroutines join it.
/// </summary>
internal sealed class GroupBuilder
{
    public const int MaxIds = 10;
    public const int MaxMutexes = 8;

    private readonly int[] _identity; // state, creator, then (function, file, line) per frame
    private readonly List<long> _ids = [];
    private readonly List<string> _mutexes = [];

    public GroupBuilder(ulong hash, int[] identity, string key, string state, IReadOnlyList<GoFrame> frames, string? createdBy,
        bool elided, Provenance provenance, bool waitKnown)
    {
        Hash = hash;
        _identity = identity;
        Key = key;
        State = state;
        Frames = frames;
        CreatedBy = createdBy;
        Elided = elided;
        Provenance = provenance;
        WaitKnown = waitKnown;
        Category = GoCategory.FromState(state, frames.Select(f => f.Function).ToList());
    }

    public ulong Hash { get; }
    public string Key { get; }
    public string State { get; }
    public string Category { get; init; }
    public IReadOnlyList<GoFrame> Frames { get; }
    public string? CreatedBy { get; }
    public bool Elided { get; }
    public Provenance Provenance { get; }
    public bool WaitKnown { get; }
    public string? Labels { get; init; }
    public long Count { get; private set; }
    public int MinWaitMinutes { get; private set; } = int.MaxValue;
    public int MaxWaitMinutes { get; private set; }
    public long LockedToThread { get; private set; }

    /// <summary>Builds the identity array of the scratch goroutine, compared on hash hits to rule out collisions.</summary>
    public static int[] IdentityOf(GoroutineScratch g)
    {
        var frames = g.Frames;
        var identity = new int[2 + 3 * frames.Length];
        identity[0] = g.StateId;
        identity[1] = g.CreatedBy;
        for (var i = 0; i < frames.Length; i++)
        {
            identity[2 + 3 * i] = frames[i].Function;
            identity[3 + 3 * i] = frames[i].File;
            identity[4 + 3 * i] = frames[i].Line;
        }
        return identity;
    }

    public bool Matches(GoroutineScratch g)
    {
        var frames = g.Frames;
        if (_identity.Length != 2 + 3 * frames.Length || _identity[0] != g.StateId || _identity[1] != g.CreatedBy)
            return false;
        for (var i = 0; i < frames.Length; i++)
        {
            if (_identity[2 + 3 * i] != frames[i].Function || _identity[3 + 3 * i] != frames[i].File || _identity[4 + 3 * i] != frames[i].Line)
                return false;
        }
        return true;
    }

    /// <summary>Counts one more member; <paramref name="count"/> is 1 for a traceback, COUNT for a debug=1 record.</summary>
    public void Add(long id, long count, int waitMinutes, bool locked) => Add(id, count, waitMinutes, waitMinutes, locked);

    /// <summary>Counts <paramref name="count"/> members waiting between the two bounds (a summarised group's range).</summary>
    public void Add(long id, long count, int minWaitMinutes, int maxWaitMinutes, bool locked)
    {
        Count = Saturating.Add(Count, count);
        if (_ids.Count < MaxIds && id >= 0) _ids.Add(id);
        if (minWaitMinutes < MinWaitMinutes) MinWaitMinutes = minWaitMinutes;
        if (maxWaitMinutes > MaxWaitMinutes) MaxWaitMinutes = maxWaitMinutes;
        if (locked) LockedToThread = Saturating.Add(LockedToThread, count);
    }

    public void AddMutex(ReadOnlySpan<char> address)
    {
        if (_mutexes.Count >= MaxMutexes)
            return;
        foreach (var m in _mutexes)
            if (address.SequenceEqual(m))
                return;
        _mutexes.Add(address.ToString());
    }

    public GoroutineGroup Build(string dumpPath)
    {
        var app = Frames.FirstOrDefault(f => !f.IsStdlib);
        return new GoroutineGroup
        {
            Provenance = Provenance,
            Key = Key,
            DumpPath = dumpPath,
            State = State,
            Category = Category,
            Count = Count,
            MinWait = TimeSpan.FromMinutes(Count == 0 || MinWaitMinutes == int.MaxValue ? 0 : MinWaitMinutes),
            MaxWait = TimeSpan.FromMinutes(MaxWaitMinutes),
            WaitKnown = WaitKnown,
            LockedToThread = LockedToThread,
            TopFunction = Frames.Count > 0 ? Frames[0].Function : "",
            AppFunction = app?.Function,
            AppLocation = app is null ? null : Location(app),
            Frames = Frames,
            CreatedBy = CreatedBy,
            GoroutineIds = _ids.ToArray(),
            FirstGoroutineId = _ids.Count > 0 ? _ids[0] : 0,
            Elided = Elided,
            LockCaller = Category == GoCategory.Lock ? LockCallerOf(Frames) : null,
            MutexAddresses = _mutexes.ToArray(),
            Labels = Labels,
            IdlePattern = GoIdlePattern.Of(State, Category, Count, Frames, CreatedBy),
        };
    }

    public static string Location(GoFrame f) => $"{f.File}:{f.Line}";

    /// <summary>The first frame below the runtime/sync frames of a lock wait: the code that called Lock/RLock.</summary>
    private static string? LockCallerOf(IReadOnlyList<GoFrame> frames)
    {
        foreach (var f in frames)
        {
            if (f.Package is "runtime" or "sync" or "internal/sync" or "")
                continue;
            return f.Function;
        }
        return null;
    }
}
