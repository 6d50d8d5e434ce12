using Analyzer.Families.Lustre.Facts;
using Analyzer.Rules.Facts;

namespace Analyzer.Families.Lustre.Parsers.LustreDebug;

/// <summary>Record counts per (subsystem, mask) pair; at most <see cref="MaxPairs"/> pairs, the rest counted apart.</summary>
internal sealed class MaskCounts
{
    public const int MaxPairs = 512;

    private readonly Dictionary<(uint Subsystem, uint Mask), Entry> _pairs = [];

    public long Uncounted { get; private set; }

    public void Add(uint subsystem, uint mask, int line, ReadOnlySpan<char> rawLine)
    {
        if (_pairs.TryGetValue((subsystem, mask), out var entry))
        {
            entry.Count++;
            return;
        }
        if (_pairs.Count >= MaxPairs)
        {
            Uncounted++;
            return;
        }
        _pairs.Add((subsystem, mask), new Entry { Line = line, Excerpt = Excerpt.Of(rawLine), Count = 1 });
    }

    public IEnumerable<LustreDebugCount> Facts(string path) =>
        _pairs
            .OrderByDescending(p => p.Value.Count)
            .ThenBy(p => p.Value.Line)
            .Select(p => new LustreDebugCount
            {
                Provenance = new Provenance(path, p.Value.Line, null, p.Value.Excerpt),
                Path = path,
                Subsystem = DebugNames.Subsystem(p.Key.Subsystem),
                Mask = DebugNames.Mask(p.Key.Mask),
                Error = DebugNames.IsError(p.Key.Mask),
                Count = p.Value.Count,
            });

    private sealed class Entry
    {
        public required int Line { get; init; }
        public required string Excerpt { get; init; }
        public long Count { get; set; }
    }
}
