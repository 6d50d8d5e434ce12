using Analyzer.Families.Lustre.Facts;
using Analyzer.Rules.Facts;

namespace Analyzer.Families.Lustre.Parsers.LustreDebug;

/// <summary>
/// Error records grouped by kind, target, NID, opcode and function, with a fixed cap on the number of groups so a
/// capture of unbounded size costs bounded memory; records past the cap are counted, not grouped.
/// </summary>
internal sealed class ErrorGroups
{
    public const int MaxGroups = 256;
    private const int MaxPidsTracked = 64;

    private readonly Dictionary<(string Kind, string Target, string Nid, long? Opcode, string Function), Group> _groups = [];

    public long Ungrouped { get; private set; }

    public void Add(in ErrorClass error, in DebugRecord record, long line, ReadOnlySpan<char> rawLine)
    {
        var key = (error.Kind, error.Target, error.Nid, error.Opcode, Function: record.Function.ToString());
        if (!_groups.TryGetValue(key, out var group))
        {
            if (_groups.Count >= MaxGroups)
            {
                Ungrouped++;
                return;
            }
            group = new Group
            {
                Operation = error.Operation,
                Subsystem = DebugNames.Subsystem(record.Subsystem),
                FirstLine = line,
                FirstExcerpt = Excerpt.Of(rawLine),
                Pid = record.Pid,
                FirstMicros = record.TimeMicros,
                LastMicros = record.TimeMicros,
            };
            _groups.Add(key, group);
        }
        group.Count++;
        group.LastLine = line;
        group.FirstMicros = Math.Min(group.FirstMicros, record.TimeMicros);
        group.LastMicros = Math.Max(group.LastMicros, record.TimeMicros);
        if (error.Rc is { } rc) group.Rc = rc;
        if (error.WaitSeconds is { } w && w > group.MaxWaitSeconds) group.MaxWaitSeconds = w;
        if (group.Pids.Count < MaxPidsTracked) group.Pids.Add(record.Pid);
    }

    public IEnumerable<LustreErrorGroup> Facts(string path) =>
        _groups
            .OrderBy(g => g.Value.FirstLine)
            .Select(g => new LustreErrorGroup
            {
                Provenance = new Provenance(path, (int)g.Value.FirstLine, (int)g.Value.LastLine, g.Value.FirstExcerpt),
                Path = path,
                Kind = g.Key.Kind,
                Target = g.Key.Target,
                Nid = g.Key.Nid,
                Opcode = g.Key.Opcode,
                Operation = g.Value.Operation,
                Rc = g.Value.Rc,
                RcName = ErrnoNames.Name(g.Value.Rc),
                Function = g.Key.Function,
                Subsystem = g.Value.Subsystem,
                Count = g.Value.Count,
                Pid = g.Value.Pid,
                Pids = g.Value.Pids.Count,
                FirstTime = Clock.Iso(g.Value.FirstMicros),
                LastTime = Clock.Iso(g.Value.LastMicros),
                Span = Clock.Span(g.Value.FirstMicros, g.Value.LastMicros),
                MaxWait = TimeSpan.FromSeconds(g.Value.MaxWaitSeconds),
                LastLine = g.Value.LastLine,
            });

    private sealed class Group
    {
        public required string Operation { get; init; }
        public required string Subsystem { get; init; }
        public required long FirstLine { get; init; }
        public required string FirstExcerpt { get; init; }
        public required long Pid { get; init; }
        public long FirstMicros { get; set; }
        public long LastMicros { get; set; }
        public long LastLine { get; set; }
        public long Count { get; set; }
        public long? Rc { get; set; }
        public long MaxWaitSeconds { get; set; }
        public HashSet<long> Pids { get; } = [];
    }
}
