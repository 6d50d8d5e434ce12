using Analyzer.Families.Zfs.Facts;
using Analyzer.Families.Zfs.Parsers.ZfsUnits;
using Analyzer.Rules.Facts;

namespace Analyzer.Families.Zfs.Parsers.ZpoolIostat;

/// <summary>
/// The line-by-line state machine behind <see cref="ZpoolIostatParser"/>. States and the lines that move them:
/// <list type="bullet">
/// <item>`              capacity     operations …` — top labels of a statistics table; the next line's bottom labels
///   (`pool        alloc   free   read …`) fix the columns and start a report.</item>
/// <item>`rpool       14.6G  54.9G      4 …` — a row; its indent gives the depth in the -v tree. A pool row seen again
///   without a new header also starts a report (interval output without -v repeats no header).</item>
/// <item>`mypool        total_wait       disk_wait …` + `latency       read   write …` (or `req_size  ind agg …`) —
///   a histogram table for that pool/vdev; following `1ns  0  0 …` rows are its buckets.</item>
/// <item>`---- ----` separators, `# zpool iostat …` command lines, `-T` timestamps and blank lines are skipped.</item>
/// <item>TAB-separated rows with no header are `-H` output; the column count tells the flags.</item>
/// </list>
/// The first report of a file is the since-boot average unless the command used `-y`.
/// </summary>
internal sealed class IostatReader(string path, bool noSinceBoot)
{
    private static readonly HashSet<string> ClassNames = new(StringComparer.Ordinal) { "logs", "cache", "spares", "special", "dedup" };

    private readonly Dictionary<(string Pool, string Vdev), VdevAccumulator> _vdevs = [];
    private readonly Dictionary<string, HistogramAccumulator> _histograms = new(StringComparer.Ordinal);
    private readonly HashSet<string> _poolsThisReport = new(StringComparer.Ordinal);
    private readonly HashSet<string> _histogramsThisReport = new(StringComparer.Ordinal);
    private bool _noSinceBoot = noSinceBoot;
    private string[]? _pendingTop;
    private string[]? _columns;
    private int[]? _fields;
    private int _scriptColumns;
    private int _report;
    private string _pool = "";
    private string[]? _histTop;
    private HistogramAccumulator? _histogram;
    private string _histPool = "";
    private bool _scripted;
    private const int MaxVdevs = 10_000;

    public bool HeaderSeen { get; private set; }
    public long Rows { get; private set; }
    public long BadRows { get; private set; }
    public int FirstBadLine { get; private set; }

    public static string[] Tokens(string line) => line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);

    public void Read(ReadOnlySpan<char> span, int lineNumber)
    {
        var text = span.TrimEnd();
        if (text.IsWhiteSpace())
        {
            _histogram = null; // a histogram table ends at a blank line
            return;
        }
        var trimmed = text.TrimStart();
        if (trimmed[0] is '#' or '$')
        {
            if (IsYFlag(trimmed)) _noSinceBoot = true;
            return;
        }
        if (trimmed.IndexOfAnyExcept('-', ' ') < 0) return; // separator
        var line = text.ToString();
        var tokens = Tokens(line);
        if (IostatColumns.IsTopLabelLine(tokens))
        {
            _pendingTop = tokens;
            _histogram = null;
            return;
        }
        if (_pendingTop is not null)
        {
            var top = _pendingTop;
            _pendingTop = null;
            if (IostatColumns.Build(top, tokens) is { } columns)
            {
                SetColumns(columns);
                HeaderSeen = true;
                NewReport();
                return;
            }
        }
        if (IostatColumns.IsHistogramTop(tokens))
        {
            _histTop = tokens;
            _histogram = null;
            return;
        }
        if (_histTop is not null && tokens[0] is "latency" or "req_size")
        {
            StartHistogram(_histTop, tokens, lineNumber, line);
            _histTop = null;
            HeaderSeen = true;
            return;
        }
        _histTop = null;
        if (_histogram is not null)
        {
            HistogramRow(tokens, lineNumber);
            return;
        }
        if (IsTimestamp(tokens)) return;
        if (_columns is null && line.Contains('\t') && IostatColumns.Scripted(tokens.Length - 1) is { } scripted)
        {
            SetColumns(scripted);
            _scripted = true;
            NewReport();
        }
        if (_columns is null) return;
        StatRow(text, tokens, lineNumber);
    }

    private void SetColumns(string[] columns)
    {
        _columns = columns;
        _fields = [.. columns.Select(StatField.Of)];
        _scriptColumns = 0;
        for (var i = columns.Length - 1; i >= 0 && !columns[i].Contains('.', StringComparison.Ordinal); i--) _scriptColumns++;
    }

    private void NewReport()
    {
        _report++;
        _poolsThisReport.Clear();
    }

    private bool SinceBoot => _report <= 1 && !_noSinceBoot;

    private void StatRow(ReadOnlySpan<char> text, string[] tokens, int lineNumber)
    {
        // A -c script prints its columns only for leaf vdevs: pool and group rows end before them.
        var given = tokens.Length - 1;
        if (given != _columns!.Length && !(given < _columns.Length && given >= _columns.Length - _scriptColumns))
        {
            Bad(lineNumber);
            return;
        }
        Span<double?> values = stackalloc double?[StatField.Count];
        values.Clear();
        for (var i = 0; i < given; i++)
        {
            var field = _fields![i];
            var cell = tokens[i + 1].AsSpan();
            if (ZfsNumber.IsDash(cell)) continue;
            double v;
            bool ok;
            if (field >= 0 && StatField.IsLatency(field))
            {
                ok = ZfsNumber.TryParseTime(cell, out var t);
                v = t.Ticks * 100.0;
            }
            else ok = ZfsNumber.TryParse(cell, 1024, out v);
            if (!ok)
            {
                if (field < 0) continue; // a -c script column may print anything
                Bad(lineNumber);
                return;
            }
            if (field < 0) continue;
            values[field] = StatField.Sums(field) ? (values[field] ?? 0) + v : v;
        }
        var name = tokens[0];
        var depth = _scripted ? ScriptedDepth(name) : Fields.Indent(text) / 2;
        string kind;
        if (depth == 0 && !ClassNames.Contains(name))
        {
            if (!_poolsThisReport.Add(name)) // the pool again without a header: the next interval
            {
                NewReport();
                _poolsThisReport.Add(name);
            }
            _pool = name;
            kind = "pool";
        }
        else kind = depth == 0 ? "class" : VdevKind(name);
        Rows++;
        var key = (_pool, name);
        if (!_vdevs.TryGetValue(key, out var acc))
        {
            if (_vdevs.Count >= MaxVdevs) return;
            _vdevs[key] = acc = new VdevAccumulator(_pool, name, kind, depth);
        }
        acc.Add(values, SinceBoot, new Provenance(path, lineNumber, null, Fields.Excerpt(text)));
    }

    private static readonly string[] DevicePrefixes =
        ["sd", "nvme", "vd", "xvd", "hd", "dm-", "da", "ada", "nda", "wwn-", "ata-", "scsi-", "usb-", "pci-", "mpath", "loop"];

    /// <summary>-H prints no indentation: a group or device-like name is a vdev, anything else a pool.</summary>
    private static int ScriptedDepth(string name)
    {
        if (VdevKind(name) == "group") return 1;
        return name.StartsWith('/') || DevicePrefixes.Any(p => name.StartsWith(p, StringComparison.Ordinal)) ? 2 : 0;
    }

    private static string VdevKind(string name)
    {
        var dash = name.LastIndexOf('-');
        var stem = dash > 0 && name[(dash + 1)..].All(char.IsAsciiDigit) ? name[..dash] : name;
        if (stem is "mirror" or "replacing" or "spare" or "indirect" || stem.StartsWith("raidz", StringComparison.Ordinal)
            || stem.StartsWith("draid", StringComparison.Ordinal))
            return "group";
        return "disk";
    }

    private void StartHistogram(string[] top, string[] bottom, int lineNumber, string line)
    {
        var name = top[0];
        if (!_histogramsThisReport.Add(name))
        {
            _histogramsThisReport.Clear();
            _histogramsThisReport.Add(name);
        }
        if (_histogramsThisReport.Count == 1) _histPool = name;
        var kind = bottom[0] == "req_size" ? "request-size" : "latency";
        var key = kind + "\0" + name;
        if (_histograms.TryGetValue(key, out var existing))
        {
            existing.NextReport();
            if (_noSinceBoot) existing.NextReport();
            _histogram = existing;
            return;
        }
        if (_histograms.Count >= MaxVdevs) return;
        _histogram = new HistogramAccumulator(_histPool, name, kind, IostatColumns.BuildHistogram(top, bottom),
            new Provenance(path, lineNumber - 1, lineNumber, Fields.Excerpt(line)));
        if (_noSinceBoot) _histogram.NextReport();
        _histograms[key] = _histogram;
    }

    private void HistogramRow(string[] tokens, int lineNumber)
    {
        var h = _histogram!;
        var requestSize = h.Columns.Length > 0 && h.Columns[0].EndsWith(".ind", StringComparison.Ordinal);
        long bound;
        if (requestSize)
        {
            if (!ZfsNumber.TryParse(tokens[0], 1024, out var b)) { Bad(lineNumber); return; }
            bound = ZfsNumber.ToLong(b);
        }
        else
        {
            if (!ZfsNumber.TryParseTime(tokens[0], out var t)) { Bad(lineNumber); return; }
            bound = t.Ticks * 100;
        }
        Span<long> counts = stackalloc long[Math.Min(tokens.Length - 1, 64)];
        for (var i = 0; i < counts.Length; i++)
        {
            if (ZfsNumber.IsDash(tokens[i + 1])) continue;
            if (!ZfsNumber.TryParse(tokens[i + 1], 1024, out var c)) { Bad(lineNumber); return; }
            counts[i] = ZfsNumber.ToLong(c);
        }
        if (tokens.Length - 1 != h.Columns.Length) { Bad(lineNumber); return; }
        h.Add(bound, counts);
        Rows++;
    }

    private static bool IsYFlag(ReadOnlySpan<char> commandLine)
    {
        foreach (var part in commandLine.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries))
            if (part.Length > 1 && part[0] == '-' && part[1] != '-' && part.Contains('y', StringComparison.Ordinal))
                return true;
        return false;
    }

    // -T u prints epoch seconds; -T d prints date(1)'s format (`Sun Nov 29 19:03:52 UTC 2026`).
    private static bool IsTimestamp(string[] tokens) =>
        (tokens.Length == 1 && tokens[0].Length >= 9 && tokens[0].All(char.IsAsciiDigit))
        || (tokens.Length >= 5 && tokens.Any(t => t.Count(c => c == ':') == 2 && t.Length == 8) && tokens.Any(t => t.Length == 4 && t.All(char.IsAsciiDigit)) && char.IsLetter(tokens[0][0]) && tokens[0].Length == 3);

    private void Bad(int lineNumber)
    {
        BadRows++;
        if (FirstBadLine == 0) FirstBadLine = lineNumber;
    }

    public IEnumerable<IFact> Facts()
    {
        foreach (var v in _vdevs.Values) yield return v.ToFact(path);
        foreach (var h in _histograms.Values)
            foreach (var f in h.ToFacts(path))
                yield return f;
    }
}
