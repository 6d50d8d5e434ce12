using Analyzer.Families.JuiceFs.Facts;
using Analyzer.Families.JuiceFs.Parsers.JuiceFsAccessLog;
using Analyzer.Rules.Facts;
using Analyzer.Text;

namespace Analyzer.Families.JuiceFs.Parsers.JuiceFsClientLog;

/// <summary>
/// Counts messages per level and groups warnings/errors by pattern into at most <see cref="MaxPatterns"/> bursts;
/// further patterns are counted, not kept.
/// </summary>
internal sealed class ClientLogAggregator
{
    public const int MaxPatterns = 256;
    public const int ReportedPatterns = 50;

    private readonly Dictionary<string, Burst> _bursts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Burst>.AlternateLookup<ReadOnlySpan<char>> _byPattern;
    private readonly long[] _levels = new long[6];
    private readonly long[] _styles = new long[3];
    private readonly char[] _pattern = new char[MessagePattern.MaxChars];
    private long _first = long.MaxValue;
    private long _last = long.MinValue;
    private long _firstLine;
    private long _overflowPatterns;
    private string _metaEngine = "";

    public ClientLogAggregator() => _byPattern = _bursts.GetAlternateLookup<ReadOnlySpan<char>>();

    public long Messages { get; private set; }
    public long SlowOperations { get; private set; }

    public void Message(in ClientLogHeader head, long line)
    {
        Messages++;
        if (_firstLine == 0) _firstLine = line;
        _levels[(int)head.Level]++;
        _styles[(int)head.Location]++;
        _first = Math.Min(_first, head.TimeMicros);
        _last = Math.Max(_last, head.TimeMicros);
        if (head.Level == LogLevel.Info)
        {
            var m = head.Message;
            if (m.StartsWith("slow operation:"))
                SlowOperations++;
            else if (m.StartsWith("Meta address:"))
                _metaEngine = Scheme(m["Meta address:".Length..].Trim());
        }
    }

    /// <summary>A warning or worse, once its continuation lines are known (<paramref name="fullText"/> classifies it).</summary>
    public void Problem(LogLevel level, long time, long line, ReadOnlySpan<char> firstLine, ReadOnlySpan<char> fullText)
    {
        var pattern = MessagePattern.Normalize(firstLine, _pattern);
        if (!_byPattern.TryGetValue(pattern, out var burst))
        {
            if (_bursts.Count >= MaxPatterns)
            {
                _overflowPatterns++;
                return;
            }
            var key = pattern.ToString();
            var message = firstLine.Length > 300 ? firstLine[..300].ToString() + "…" : firstLine.ToString();
            _bursts[key] = burst = new Burst(key, ComponentClassifier.Classify(fullText), message, time, line);
        }
        burst.Add(level, time, line);
    }

    public void Emit(string path, Action<IFact> emit)
    {
        var ordered = _bursts.Values
            .OrderByDescending(b => b.Level).ThenByDescending(b => b.Count).ThenBy(b => b.FirstLine)
            .Take(ReportedPatterns);
        foreach (var b in ordered)
            emit(new JuiceFsLogBurst
            {
                Provenance = new Provenance(path, Line(b.FirstLine), Line(b.LastLine), b.Message),
                Path = path,
                Level = b.Level switch { LogLevel.Fatal => "FATAL", LogLevel.Error => "ERROR", _ => "WARNING" },
                Component = b.Component,
                Pattern = b.Pattern,
                Count = b.Count,
                PeakPerMinute = b.PeakPerMinute,
                First = LocalTimestamp.FormatSeconds(b.FirstMicros),
                Last = LocalTimestamp.FormatSeconds(b.LastMicros),
                Span = TimeSpan.FromTicks((b.LastMicros - b.FirstMicros) * 10),
                FirstLine = b.FirstLine,
                LastLine = b.LastLine,
                Message = b.Message,
            });
        emit(new JuiceFsLogSummary
        {
            Provenance = new Provenance(path, Line(_firstLine)),
            Path = path,
            Variant = Variant(),
            Messages = Messages,
            Debug = _levels[(int)LogLevel.Debug],
            Info = _levels[(int)LogLevel.Info],
            Warnings = _levels[(int)LogLevel.Warning],
            Errors = _levels[(int)LogLevel.Error],
            Fatals = _levels[(int)LogLevel.Fatal],
            SlowOperations = SlowOperations,
            Patterns = _bursts.Count + _overflowPatterns,
            MetaEngine = _metaEngine,
            First = Messages == 0 ? "" : LocalTimestamp.FormatSeconds(_first),
            Last = Messages == 0 ? "" : LocalTimestamp.FormatSeconds(_last),
        });
    }

    public long OverflowPatterns => _overflowPatterns;

    private string Variant()
    {
        string[] names = ["none", "file", "method"];
        var seen = Enumerable.Range(0, 3).Where(i => _styles[i] > 0).ToList();
        if (seen.Count == 1) return names[seen[0]];
        // Lines without a location appear in every version (e.g. messages that end in a newline); the richest style wins.
        return _styles[2] > 0 && _styles[1] == 0 ? "method" : _styles[1] > 0 && _styles[2] == 0 ? "file" : "mixed";
    }

    /// <summary>`redis://user:pass@host:6379/1` → `redis`; the address itself (it may hold a password) is not kept.</summary>
    private static string Scheme(ReadOnlySpan<char> address)
    {
        var colon = address.IndexOf("://");
        return colon > 0 && colon < 20 ? address[..colon].ToString().ToLowerInvariant() : "";
    }

    private static int? Line(long line) => line is > 0 and <= int.MaxValue ? (int)line : null;
}
