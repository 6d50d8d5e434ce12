using System.Globalization;
using Analyzer.Detection;
using Analyzer.Families.Go.Facts;
using Analyzer.Inventory;
using Analyzer.Parsing;
using Analyzer.Rules.Facts;
using Analyzer.Text;

namespace Analyzer.Families.Go.Parsers.GoContention;

/// <summary>
/// mutex and block profiles as `debug=1` text (`--- mutex:` / `--- contention:`, formats.md §1b.3): records of
/// `CYCLES COUNT @ pcs` with `#` frame lines, folded into <see cref="GoContentionSite"/> facts. Streams; only the
/// current record's frames and one entry per site are held.
/// </summary>
public sealed class ContentionTextParser : IFormatParser
{
    public string Format => "go-pprof-contention-text";
    public string Source => GoSources.Profiles;
    public bool ScansUnclaimedText => false;

    public DetectionConfidence Detect(EntryProbe probe)
    {
        if (probe.IsBinary)
            return DetectionConfidence.None;
        if (probe.HeadLines.Count > 0 && HeaderKind(probe.HeadLines[0]) is not null)
            return DetectionConfidence.ContentAtStart;
        var name = probe.FileName.ToLowerInvariant();
        // kubo's collect-profiles saved mutex?debug=2 as mutex.txt; for these profiles debug=2 prints debug=1 text.
        return name is "mutex.txt" or "block.txt" || name.StartsWith("mutex?debug=", StringComparison.Ordinal)
               || name.StartsWith("block?debug=", StringComparison.Ordinal)
            ? DetectionConfidence.Name
            : DetectionConfidence.None;
    }

    /// <summary>block profiles print `--- contention:` (runtime/pprof writeBlock), mutex profiles `--- mutex:`.</summary>
    private static string? HeaderKind(ReadOnlySpan<char> line)
    {
        line = line.TrimEnd();
        if (line.SequenceEqual("--- mutex:"))
            return "mutex";
        return line.SequenceEqual("--- contention:") ? "block" : null;
    }

    public void Parse(ParseContext context)
    {
        using var reader = new LineReader(context.Content);
        var state = new RecordState();
        string? kind = null;
        double cyclesPerSecond = 0;
        long period = 1;
        var records = 0;
        var badLines = 0;
        var cutLines = 0;
        ContentionSites? sites = null;

        while (reader.TryReadLine(out var line))
        {
            if (reader.LineTruncated)
                cutLines++;
            if (reader.LineNumber == 1)
            {
                kind = HeaderKind(line);
                if (kind is null)
                {
                    context.Problem(InputStatus.Failed, "first line is not `--- mutex:` or `--- contention:`");
                    return;
                }
                sites = new ContentionSites(kind, "debug1");
                continue;
            }
            if (line.StartsWith("#", StringComparison.Ordinal))
            {
                if (state.Open)
                    state.AddFrame(line);
                continue;
            }
            state.Flush(sites!, NanosPerCycle(cyclesPerSecond), period);
            if (line.IsWhiteSpace())
                continue;
            if (TryHeaderValue(line, "cycles/second=", out var cps))
                cyclesPerSecond = cps;
            else if (TryHeaderValue(line, "sampling period=", out var p))
                period = Math.Max(1, (long)p); // the mutex profile keeps one in `period` events; the binary form scales by it
            else if (state.TryStart(line, reader.LineNumber, context.Path))
                records++;
            else
                badLines++;
        }
        state.Flush(sites!, NanosPerCycle(cyclesPerSecond), period);

        if (reader.LineNumber == 0)
        {
            context.Problem(InputStatus.Failed, "empty contention profile");
            return;
        }
        if (cyclesPerSecond <= 0 && records > 0)
            context.Problem(InputStatus.Partial, "no `cycles/second=` line: delays cannot be converted to time and read as 0");
        if (cutLines > 0)
            context.Problem(InputStatus.Partial, $"{cutLines} over-long lines were cut");
        if (badLines > 0)
            context.Problem(InputStatus.Partial, $"{badLines} lines are neither records nor frames");
        foreach (var fact in sites!.Facts(context.Path, durationNanos: 0))
            context.Emit(fact);
    }

    private static double NanosPerCycle(double cyclesPerSecond) => cyclesPerSecond > 0 ? 1e9 / cyclesPerSecond : 0;

    private static bool TryHeaderValue(ReadOnlySpan<char> line, string key, out double value)
    {
        value = 0;
        return line.StartsWith(key, StringComparison.Ordinal)
               && double.TryParse(line[key.Length..].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>The record being read: its numbers, provenance and frames.</summary>
    private sealed class RecordState
    {
        private readonly List<string> _functions = [];
        private readonly List<string> _locations = [];
        private long _cycles;
        private long _count;
        private Provenance? _at;

        public bool Open => _at is not null;

        /// <summary>`CYCLES COUNT @ 0x.. 0x..`; the cycles may be negative on skewed clocks and are then ignored.</summary>
        public bool TryStart(ReadOnlySpan<char> line, int lineNumber, string path)
        {
            var at = line.IndexOf(" @", StringComparison.Ordinal);
            if (at <= 0)
                return false;
            var numbers = line[..at].Trim();
            var space = numbers.IndexOf(' ');
            if (space <= 0
                || !long.TryParse(numbers[..space], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var cycles)
                || !long.TryParse(numbers[(space + 1)..].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var count))
                return false;
            _cycles = Math.Max(0, cycles);
            _count = count;
            var excerpt = line.Length > 120 ? line[..120].ToString() + "…" : line.ToString();
            _at = new Provenance(path, lineNumber, Excerpt: excerpt);
            return true;
        }

        /// <summary>`#\t0xPC\tfunc+0xOFF\tfile:line`; `#\t0xPC` alone when the runtime could not symbolize it.</summary>
        public void AddFrame(ReadOnlySpan<char> line)
        {
            var rest = line[1..].TrimStart();
            var tab = rest.IndexOfAny('\t', ' ');
            if (tab < 0)
            {
                _functions.Add(rest.Trim().ToString());
                _locations.Add("");
                return;
            }
            var pc = rest[..tab];
            rest = rest[(tab + 1)..].TrimStart();
            tab = rest.IndexOfAny('\t', ' ');
            var function = tab < 0 ? rest : rest[..tab];
            var plus = function.LastIndexOf("+0x", StringComparison.Ordinal);
            if (plus > 0)
                function = function[..plus];
            _functions.Add(function.Length == 0 ? pc.ToString() : function.ToString());
            _locations.Add(tab < 0 ? "" : rest[(tab + 1)..].Trim().ToString());
        }

        public void Flush(ContentionSites sites, double nanosPerCycle, long period)
        {
            if (_at is null)
                return;
            sites.Add(_functions, _locations, (long)(_cycles * nanosPerCycle * period), _count * period, _at);
            _functions.Clear();
            _locations.Clear();
            _at = null;
        }
    }
}
