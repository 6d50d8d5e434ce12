using Analyzer.Reporting;
using Analyzer.Families.Linux.Facts;
using Analyzer.Inventory;
using Analyzer.Parsing;
using Analyzer.Rules.Facts;
using Analyzer.Text;

namespace Analyzer.Families.Linux.Parsers.Iostat;

/// <summary>
/// The iostat state machine, one line at a time:
/// banner (`Linux 5.15.0 (host) 01/02/24 _x86_64_ (8 CPU)`) → [timestamp] → [`avg-cpu:` header + values] →
/// [device header + device rows ...] → blank → next report. A report starts at a timestamp, at `avg-cpu:`, or when a
/// device shows up again under the same header (-d captures print neither; -h repeats the header per device).
/// </summary>
internal sealed class IostatReading
{
    private readonly string path;
    private readonly Dictionary<string, DeviceSummary> _devices = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DeviceRow> _report = new(StringComparer.Ordinal);
    private readonly HashSet<(string Header, string Device)> _seen = [];
    private readonly Queue<DiskSample> _samples = new();
    private IostatHeader? _header;
    private bool _afterAvgCpu;
    private bool _reportHasContent;
    private long _reportIndex = -1; // 0 = the since-boot report
    private string? _timestamp;
    private string? _pendingTimestamp;
    private bool _sawStructure;
    private string? _bannerDate;
    // Why the first report shown is not iostat's first (since-boot) one, when the capture says so; null otherwise.
    private string? _notFirst;

    public IostatReading(string path, string? command = null)
    {
        this.path = path;
        var slash = path.LastIndexOf('/');
        if (IostatCommandHint.TryRead(path.AsSpan(slash + 1), out var omits) && omits)
            _notFirst = $"the file name {MarkdownText.Code(path[(slash + 1)..])} shows `-y` (no since-boot report)";
        // The prompt line transport took off above the output (`$ iostat -xy 1 1`) says the same as one left in the text.
        else if (command is not null && IostatCommandHint.TryRead(command, out omits) && omits)
            _notFirst = $"the command {MarkdownText.Code(command)} has `-y` (no since-boot report)";
    }

    private long FirstIndex => _notFirst is null ? 0 : 1;

    public int Unreadable { get; set; }
    public long SamplesDropped { get; private set; }

    public void Read(ReadOnlySpan<char> line, int number, Span<Range> ranges, ParseContext context)
    {
        var trimmed = line.Trim();
        if (trimmed.IsEmpty)
        {
            _header = null;
            _afterAvgCpu = false;
            return;
        }
        if (IostatBanner.Is(trimmed))
        {
            var date = IostatBanner.DateOf(trimmed);
            if (!date.IsEmpty) _bannerDate ??= date.ToString();
            if (IostatBanner.TryParse(trimmed) is { } banner)
                context.Emit(new HostCpus { Provenance = new Provenance(path, number, number, Excerpt.Of(trimmed)), Path = path, Cpus = banner.Cpus, Kernel = banner.Kernel });
            _sawStructure = true;
            return;
        }
        if (trimmed.StartsWith("avg-cpu:", StringComparison.Ordinal))
        {
            StartReport(context);
            _reportHasContent = true;
            _afterAvgCpu = true;
            _sawStructure = true;
            return;
        }
        if (_afterAvgCpu)
        {
            _afterAvgCpu = false; // the CPU percentages; vmstat and top carry CPU use for the rules
            return;
        }
        if (IostatHeader.TryParse(trimmed) is { } header)
        {
            _header = header;
            _sawStructure = true;
            return;
        }
        if (_header is null)
        {
            if (LooksLikeTimestamp(trimmed))
            {
                if (_reportIndex < 0 && _notFirst is null && LaterDay(trimmed) is { } day)
                    _notFirst = $"its timestamp {MarkdownText.Code(trimmed.ToString())} is on a later day than the banner's start date {_bannerDate}";
                StartReport(context);
                _pendingTimestamp = trimmed.ToString();
                _timestamp = _pendingTimestamp;
                return;
            }
            if (IostatCommandHint.TryRead(trimmed, out var omits))
            {
                // The command pasted with its output is no lost evidence; with -y it says the first report is an interval.
                if (omits && _reportIndex < 0) _notFirst ??= $"the command {MarkdownText.Code(trimmed.ToString())} has `-y` (no since-boot report)";
                return;
            }
            if (_reportIndex < 0 && _notFirst is null && LooksLikeDeviceRow(trimmed, ranges))
                _notFirst = $"device rows of an earlier report, cut above its header, come first (line {number})";
            Unreadable++;
            return;
        }
        ReadRow(trimmed, number, ranges, context);
    }

    private void ReadRow(ReadOnlySpan<char> line, int number, Span<Range> ranges, ParseContext context)
    {
        var header = _header!;
        var n = BlankFields.Split(line, ranges);
        if (n != header.Count)
        {
            Unreadable++;
            return;
        }
        var device = line[ranges[header.DeviceIndex]].ToString();
        if (!_seen.Add((header.Text, device)))
        {
            StartReport(context);
            _seen.Add((header.Text, device));
        }
        if (_reportIndex < 0) _reportIndex = FirstIndex;
        _reportHasContent = true;
        if (!_report.TryGetValue(device, out var row))
        {
            row = new DeviceRow(device, number, Excerpt.Of(line));
            _report[device] = row;
        }
        for (var i = 0; i < n; i++)
        {
            var column = header.Columns[i];
            if (column is IostatColumn.Other or IostatColumn.Tps or IostatColumn.TotalKBps || i == header.DeviceIndex) continue;
            if (TryValue(line[ranges[i]], header.Scale[i], out var value))
                row.Set(column, value);
        }
        if (!_devices.TryGetValue(device, out var summary))
            _devices[device] = summary = new DeviceSummary(device, header.Layout);
        else if (header.Layout != "pretty")
            summary.Layout = header.Layout;
    }

    /// <summary>A value as iostat prints it: `12.50`, `12,50` (locale), `0.5%` and `222.1k`/`1.5G` with -h.</summary>
    private static bool TryValue(ReadOnlySpan<char> text, double scale, out double value)
    {
        var unit = 1.0;
        if (text.Length > 1 && text[^1] is 'k' or 'K' or 'M' or 'G' or 'T' or 'B')
        {
            unit = text[^1] switch { 'M' => 1024, 'G' => 1024.0 * 1024, 'T' => 1024.0 * 1024 * 1024, 'B' => 1 / 1024.0, _ => 1 };
            text = text[..^1];
        }
        if (!HostNumber.TryDouble(text, out value)) return false;
        value = Math.Round(value * scale * unit, 2);
        return true;
    }

    /// <summary>A device row whose header was cut off: a device name, then numbers only.</summary>
    private static bool LooksLikeDeviceRow(ReadOnlySpan<char> line, Span<Range> ranges)
    {
        var n = BlankFields.Split(line, ranges);
        if (n < 3 || !char.IsAsciiLetter(line[ranges[0]][0])) return false;
        for (var i = 1; i < n; i++)
            if (!TryValue(line[ranges[i]], 1, out _)) return false;
        return true;
    }

    /// <summary>The timestamp's date when it is written like the banner's and differs from it.</summary>
    private string? LaterDay(ReadOnlySpan<char> timestamp)
    {
        if (_bannerDate is null) return null;
        var end = timestamp.IndexOfAny(' ', 'T');
        var date = end < 0 ? timestamp : timestamp[..end];
        if (date.Length != _bannerDate.Length || date.IndexOfAny('/', '-', '.') != _bannerDate.IndexOfAny(['/', '-', '.'])) return null;
        return date.SequenceEqual(_bannerDate) ? null : date.ToString();
    }

    private static bool LooksLikeTimestamp(ReadOnlySpan<char> line) =>
        char.IsAsciiDigit(line[0]) && line.Length <= 40 && (line.Contains(':') || line.IndexOfAnyExcept("0123456789") < 0);

    private void StartReport(ParseContext context)
    {
        if (_reportIndex >= 0 && !_reportHasContent) return; // a timestamp and its avg-cpu belong to one report
        FlushReport(context);
        _reportIndex = _reportIndex < 0 ? FirstIndex : _reportIndex + 1;
        _reportHasContent = false;
        _seen.Clear();
        _timestamp = null;
    }

    private void FlushReport(ParseContext context)
    {
        if (_report.Count == 0) return;
        foreach (var row in _report.Values)
        {
            var summary = _devices[row.Device];
            if (_reportIndex <= 0)
            {
                summary.AddBoot(row);
                continue;
            }
            summary.Add(row);
            _samples.Enqueue(new DiskSample
            {
                Provenance = new Provenance(path, row.Line, row.Line, row.Excerpt),
                Key = $"{path}#{row.Device}",
                Path = path,
                Device = row.Device,
                Kind = DeviceKind.Of(row.Device),
                Interval = _reportIndex,
                Timestamp = _timestamp,
                Util = row.Util,
                ReadAwait = row.ReadAwait,
                WriteAwait = row.WriteAwait,
                Queue = row.Queue,
                ReadsPerSec = row.ReadsPerSec,
                WritesPerSec = row.WritesPerSec,
                ReadKBps = row.ReadKBps,
                WriteKBps = row.WriteKBps,
            });
            if (_samples.Count > IostatParser.MaxSamples)
            {
                _samples.Dequeue();
                SamplesDropped++;
            }
        }
        _report.Clear();
    }

    public void Finish(ParseContext context)
    {
        FlushReport(context);
        if (!_sawStructure || _devices.Count == 0 && _reportIndex < 0)
        {
            context.Problem(InputStatus.Failed, "no iostat report (banner, avg-cpu: or Device header) found");
            return;
        }
        foreach (var summary in _devices.Values)
            context.Emit(summary.ToFact(path));
        foreach (var sample in _samples)
            context.Emit(sample);
        if (_devices.Count > 0 && _devices.Values.All(d => d.Samples == 0))
            context.Problem(InputStatus.Partial, "one report only: since-boot averages, no interval measured (iostat's first report averages since boot; `iostat -x 1 3`, or `-y`, measures intervals)");
        else if (_notFirst is not null && _devices.Count > 0)
            context.Problem(InputStatus.Parsed, $"the first report shown is taken as an interval, not as the since-boot averages: {_notFirst}");
        if (Unreadable > 0)
            context.Problem(InputStatus.Partial, $"{Unreadable} line(s) fit no iostat header and were skipped");
        if (SamplesDropped > 0)
            context.Problem(InputStatus.Partial, $"{SamplesDropped} older interval rows summarised but not kept as samples (the last {IostatParser.MaxSamples} are)");
    }
}
