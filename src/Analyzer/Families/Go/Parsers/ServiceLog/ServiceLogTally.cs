using Analyzer.Families.Go.Facts;
using Analyzer.Rules.Facts;
using Analyzer.Text;

namespace Analyzer.Families.Go.Parsers.ServiceLog;

/// <summary>
/// Counts a service log's lines by level and its error and fatal messages by pattern, in one pass and bounded memory:
/// at most <see cref="MaxPatterns"/> distinct patterns are kept (later new ones are counted, not named).
/// </summary>
internal sealed class ServiceLogTally(string path)
{
    private const int MaxPatterns = 10_000;
    private const int Reported = 5;

    private readonly Dictionary<string, Entry> _patterns = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _layouts = new(StringComparer.Ordinal);
    private readonly char[] _scratch = new char[MessagePattern.MaxChars];
    private long _lines, _errors, _fatals, _warnings, _unnamed;
    private Provenance? _firstProblem;

    public long Leveled { get; private set; }

    public void Add(ReadOnlySpan<char> line, int lineNumber)
    {
        if (line.IsWhiteSpace()) return;
        _lines++;
        if (!LevelLine.TryRead(line, out var layout, out var level, out var message)) return;
        Leveled++;
        _layouts[layout] = _layouts.GetValueOrDefault(layout) + 1;
        switch (level)
        {
            case LogLevel.Warning: _warnings++; return;
            case LogLevel.Error: _errors++; break;
            case LogLevel.Fatal: _fatals++; break;
            default: return;
        }
        var provenance = new Provenance(path, lineNumber, lineNumber, Excerpt.Of(line.Trim()));
        _firstProblem ??= provenance;
        var pattern = MessagePattern.Normalize(message.IsEmpty ? line.Trim() : message, _scratch).ToString();
        var key = (level == LogLevel.Fatal ? "F" : "E") + pattern;
        if (_patterns.TryGetValue(key, out var entry))
            entry.Count++;
        else if (_patterns.Count < MaxPatterns)
            _patterns[key] = new Entry(level, pattern, provenance);
        else
            _unnamed++;
    }

    public IEnumerable<IFact> Facts()
    {
        var first = new Provenance(path, 1);
        yield return new ServiceLogSummary
        {
            Provenance = _firstProblem ?? first,
            Path = path,
            Layout = _layouts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).First().Key,
            Lines = _lines,
            Leveled = Leveled,
            Errors = _errors,
            Fatals = _fatals,
            Warnings = _warnings,
            ErrorPatterns = _patterns.Count + (_unnamed > 0 ? 1 : 0),
        };
        var rank = 0;
        foreach (var e in _patterns.Values.OrderByDescending(e => e.Level).ThenByDescending(e => e.Count).ThenBy(e => e.At.Line).Take(Reported))
            yield return new ServiceLogPattern
            {
                Provenance = e.At,
                Path = path,
                Level = e.Level == LogLevel.Fatal ? "fatal" : "error",
                Pattern = e.Pattern,
                Count = e.Count,
                Rank = ++rank,
            };
    }

    private sealed class Entry(LogLevel level, string pattern, Provenance at)
    {
        public LogLevel Level { get; } = level;
        public string Pattern { get; } = pattern;
        public Provenance At { get; } = at;
        public long Count { get; set; } = 1;
    }
}
