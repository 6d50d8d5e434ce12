using Analyzer.Families.Linux.Facts;
using Analyzer.Rules.Facts;

namespace Analyzer.Families.Linux.Parsers.KernelLog;

/// <summary>
/// Counts Lustre/LNet console messages per kind and target (at most <see cref="MaxKeys"/> keys; the rest are
/// counted in <see cref="Overflow"/>), and credits `Skipped N previous similar messages` to the last key.
/// </summary>
internal sealed class LustreAggregator
{
    public const int MaxKeys = 256;

    private sealed class Entry
    {
        public required string Kind;
        public required string Target;
        public string? Nid;
        public int FirstLine;
        public required string FirstExcerpt;
        public int LastLine;
        public string LastExcerpt = "";
        public long Count;
    }

    private readonly Dictionary<(string, string), Entry> _entries = [];
    private Entry? _last;

    public long Overflow { get; private set; }

    public void Feed(ReadOnlySpan<char> payload, int line)
    {
        if (LustreConsoleLine.TrySkipped(payload, out var skipped))
        {
            if (_last is not null)
                _last.Count += skipped;
            return;
        }
        var text = OpenReport.Cut(payload.Length > 2000 ? payload[..2000] : payload);
        if (!LustreConsoleLine.TryClassify(payload.Length > 2000 ? payload[..2000].ToString() : payload.ToString(), out var kind, out var target, out var nid))
        {
            _last = null; // an informational line: a following "Skipped" belongs to it
            return;
        }
        if (!_entries.TryGetValue((kind, target), out var entry))
        {
            if (_entries.Count >= MaxKeys)
            {
                Overflow++;
                _last = null;
                return;
            }
            entry = new Entry { Kind = kind, Target = target, Nid = nid, FirstLine = line, FirstExcerpt = text };
            _entries.Add((kind, target), entry);
        }
        entry.Count++;
        entry.LastLine = line;
        entry.LastExcerpt = text;
        _last = entry;
    }

    public IEnumerable<IFact> ToFacts(string path)
    {
        foreach (var e in _entries.Values.OrderBy(e => e.FirstLine))
            yield return new LustreConsoleEvents
            {
                Provenance = new Provenance(path, e.FirstLine, e.LastLine, e.FirstExcerpt),
                Kind = e.Kind,
                Target = e.Target,
                Count = e.Count,
                Nid = e.Nid,
                LastLine = e.LastLine,
                LastExcerpt = e.LastExcerpt,
            };
    }
}
