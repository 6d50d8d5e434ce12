using Analyzer.Families.Linux.Facts;
using Analyzer.Parsing;
using Analyzer.Rules.Facts;

namespace Analyzer.Families.Linux.Parsers.ProcStack;

/// <summary>
/// Identical stacks of one capture counted together, as `md5sum /proc/*/stack | sort | uniq -c` would; a file of
/// several captures (a loop) keeps each capture's groups apart, so the same stack can be compared between them.
/// </summary>
internal sealed class StackGroups(string path)
{
    public const int MaxGroups = 5000;
    public const int MaxPids = 1000;

    private readonly Dictionary<(long Iteration, string Signature), Group> _groups = [];
    public long Overflow { get; private set; }
    public long Stacks { get; private set; }

    public void Add(long? pid, List<KernelFrame> frames, int line, string excerpt, StackSamples sample)
    {
        if (frames.Count == 0) return; // a running task's stack is empty
        Stacks++;
        var signature = string.Join(';', frames.Select(f => f.Function));
        var key = (sample.Iteration, signature);
        if (!_groups.TryGetValue(key, out var group))
        {
            if (_groups.Count >= MaxGroups)
            {
                Overflow++;
                return;
            }
            _groups[key] = group = new Group([.. frames], line, excerpt, sample.Iteration, sample.Captured, sample.Elapsed);
        }
        group.Count++;
        if (pid is { } p && group.Pids.Count < MaxPids) group.Pids.Add(p);
    }

    public void Emit(ParseContext context)
    {
        var index = 0;
        foreach (var ((_, signature), g) in _groups.OrderBy(kv => kv.Value.Iteration).ThenByDescending(kv => kv.Value.Count).ThenBy(kv => kv.Value.Line))
        {
            context.Emit(new Families.Linux.Facts.ProcStack
            {
                Provenance = new Provenance(path, g.Line, g.Line + g.Frames.Length - 1, g.Excerpt),
                Key = $"{path}#{++index}",
                Path = path,
                Iteration = g.Iteration,
                Captured = g.Captured,
                Elapsed = g.Elapsed,
                Signature = signature,
                Count = g.Count,
                Pids = g.Pids,
                Frames = g.Frames,
                TopFunction = g.Frames[0].Function,
                WaitFunction = WaitFunction.Of(g.Frames),
                Summary = string.Join(" ← ", g.Frames.Take(6).Select(f => f.Function)) + (g.Frames.Length > 6 ? " ← …" : ""),
                Module = g.Frames.FirstOrDefault(f => f.Module.Length > 0)?.Module,
            });
        }
    }

    private sealed class Group(KernelFrame[] frames, int line, string excerpt, long iteration, string? captured, TimeSpan? elapsed)
    {
        public long Iteration { get; } = iteration;
        public string? Captured { get; } = captured;
        public TimeSpan? Elapsed { get; } = elapsed;
        public KernelFrame[] Frames { get; } = frames;
        public int Line { get; } = line;
        public string Excerpt { get; } = excerpt;
        public long Count { get; set; }
        public List<long> Pids { get; } = [];
    }
}
