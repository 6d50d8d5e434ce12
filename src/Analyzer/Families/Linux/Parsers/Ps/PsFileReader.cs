using Analyzer.Inventory;
using Analyzer.Parsing;
using Analyzer.Reporting;
using Analyzer.Text;

namespace Analyzer.Families.Linux.Parsers.Ps;

/// <summary>
/// Reads one ps file: a listing, or several — a collector's appended commands, or a loop's samples
/// (`while sleep 5; do date; ps ...; done`) with a date line before each (<see cref="CaptureStamp"/>, numbered by
/// <see cref="ListingSamples"/>). A filtered loop (`ps ... | awk '$2 ~ /D/'`) prints no header: its columns are
/// inferred from the first rows (<see cref="HeaderlessLayout"/>) and its date lines alone split the samples, a date
/// line with nothing after it being a sample with nothing to show. Damage is reported, never merged silently: rows
/// after a date line without the header every other listing has, a task listed twice in one listing (two samples run
/// together), a date line with no listing after it, and a last listing cut short.
/// </summary>
internal sealed class PsFileReader(ParseContext context, string format)
{
    private readonly ListingSamples _samples = new();
    private readonly Range[] _ranges = new Range[256];
    private readonly Dictionary<string, int> _unfit = new(StringComparer.Ordinal);
    private ProcessTable? _table;
    private (int Line, string Excerpt) _at;
    private (CaptureStamp Stamp, int Line, string Excerpt)? _pending;
    private long? _before; // processes of the finished listing before the current one, of the same columns
    private int _unreadable, _lostHeaders, _lostHeaderLine, _orphans, _orphanLine, _cutLine;
    // Until a header shows up, the first lines are kept: without one, the rows choose the layout.
    private List<(string Text, int Number, CaptureStamp? Stamp)>? _head = [];

    public void Read()
    {
        using var reader = new LineReader(context.Content);
        while (reader.TryReadLine(out var line))
        {
            if (line.Trim().IsEmpty) continue;
            if (ProcessTableHeader.TryParse(line) is { } header)
            {
                if (_head is not null) DropHead();
                Start(header, reader.LineNumber, Excerpt.Of(line));
                continue;
            }
            if (reader.LineTruncated)
            {
                _unreadable++;
                continue;
            }
            var stamp = CaptureStamp.TryParse(line);
            if (_head is not null)
            {
                _head.Add((line.ToString(), reader.LineNumber, stamp));
                if (_head.Count(h => h.Stamp is null) == HeaderlessLayout.RowsChecked) InferFromHead();
                continue;
            }
            if (stamp is { } s) OnStamp(s, reader.LineNumber, Excerpt.Of(line));
            else OnRow(line, reader.LineNumber, reader.LineUnterminated);
        }
        if (_head is not null) InferFromHead();
        if (_pending is { } last && _table is not null)
        {
            // A filtered loop's last sample showed nothing; a full listing's date line alone means the loop was cut.
            if (_table.Header.Inferred) Start(_table.Header, last.Line, last.Excerpt);
            else Orphan(last.Line);
        }
        if (_table is null)
        {
            context.Problem(InputStatus.Failed, "no ps header line (PID with a state, CPU, wait-channel, memory, parent, thread or terminal column), and the rows fit no known layout");
            return;
        }
        var lastTable = _table;
        Finish(lastTable);
        Report(lastTable);
    }

    private void Start(ProcessTableHeader header, int line, string excerpt)
    {
        if (_table is not null)
        {
            _before = _table.Header.Layout == header.Layout ? _table.Processes : null;
            Finish(_table);
        }
        var sample = _samples.Next(header, _pending?.Stamp);
        _pending = null;
        _table = new ProcessTable(context.Path, format, sample, header);
        _at = (line, excerpt);
    }

    private void OnStamp(CaptureStamp stamp, int line, string excerpt)
    {
        if (_pending is { } before && _table is not null)
        {
            if (_table.Header.Inferred) Start(_table.Header, before.Line, before.Excerpt);
            else Orphan(before.Line);
        }
        _pending = (stamp, line, excerpt);
    }

    private void OnRow(ReadOnlySpan<char> line, int number, bool unterminated)
    {
        if (_table is null)
        {
            _unreadable++;
            return;
        }
        if (_pending is { } stamp)
        {
            // Rows right after a date line: the next sample of a filtered loop, or a listing whose header was lost.
            if (!_table.Header.Inferred && _lostHeaders++ == 0) _lostHeaderLine = number;
            Start(_table.Header, stamp.Line, stamp.Excerpt);
        }
        // ps ends every line: a loop's last line without one is where the copy or the paste stopped.
        if (unterminated && _samples.Count > 1)
        {
            _cutLine = number;
            return;
        }
        _table.Add(line, number, _ranges, KiB);
    }

    private void Finish(ProcessTable table)
    {
        table.Emit(context, _at.Line, _at.Excerpt);
        if (table.Unreadable > 0) _unfit[table.Header.Layout] = _unfit.GetValueOrDefault(table.Header.Layout) + table.Unreadable;
        if (table.Repeated is { } r)
            context.Problem(InputStatus.Partial, $"pid {r.TaskId} listed twice in the listing at line {_at.Line} (again at line {r.Line}): two samples run together, the header or date line between them lost; read as one sample");
    }

    private void Report(ProcessTable last)
    {
        foreach (var (layout, rows) in _unfit)
            context.Problem(InputStatus.Partial, $"{rows} row(s) did not fit the header {MarkdownText.Code(layout)}");
        if (_unreadable > 0)
            context.Problem(InputStatus.Partial, $"{_unreadable} line(s) outside a listing or cut for length were skipped");
        if (_lostHeaders > 0)
            context.Problem(InputStatus.Partial, $"{_lostHeaders} listing(s) after a date line had no header (first at line {_lostHeaderLine}): read with the columns of the listing before");
        if (_orphans > 0)
            context.Problem(InputStatus.Partial, $"{_orphans} date line(s) with no listing after (first at line {_orphanLine}): a sample lost, or the loop cut");
        if (_cutLine > 0)
            context.Problem(InputStatus.Partial, $"the last listing ends mid-line at line {_cutLine}: cut short; that row was not read");
        // A listing that shrank to less than half at the very end was most likely cut at a line boundary. Small or
        // filtered listings vary too much to tell.
        else if (_samples.Count > 1 && !last.Header.Inferred && _before is >= 10 && last.Processes * 2 < _before)
            context.Problem(InputStatus.Partial, $"the last listing (line {_at.Line}) has {last.Processes} of {_before} processes of the one before: cut short");
    }

    private void Orphan(int line)
    {
        if (_orphans++ == 0) _orphanLine = line;
    }

    /// <summary>A header came after rows the layout was being inferred from: those rows belong to no listing.</summary>
    private void DropHead()
    {
        var head = _head!;
        _head = null;
        _unreadable += head.Count(h => h.Stamp is null);
        if (head.LastOrDefault(h => h.Stamp is not null) is { Stamp: { } stamp } last) _pending = (stamp, last.Number, Excerpt.Of(last.Text));
    }

    private void InferFromHead()
    {
        var head = _head!;
        _head = null;
        var rows = head.Where(h => h.Stamp is null).Select(h => h.Text).ToList();
        var skipped = rows.Count - PsParser.SkipCommandLine(rows).Count;
        if (HeaderlessLayout.Infer(rows.GetRange(skipped, rows.Count - skipped)) is not { } inferred)
        {
            _unreadable += rows.Count;
            return;
        }
        _unreadable += skipped;
        context.Problem(InputStatus.Parsed, $"no header line: the columns were inferred from the rows as {MarkdownText.Code(inferred.Layout)}; a filtered listing, so the counts cover the rows shown only");
        // Replay the kept lines: date lines split the samples, the first row starts the first listing.
        var row = 0;
        foreach (var (text, number, stamp) in head)
        {
            if (stamp is { } s)
            {
                OnStamp(s, number, Excerpt.Of(text));
                continue;
            }
            if (row++ < skipped) continue;
            if (_table is null)
            {
                Start(inferred, number, Excerpt.Of(text));
                _table!.Add(text, number, _ranges, KiB);
            }
            else OnRow(text, number, unterminated: false);
        }
    }

    private static long? KiB(ReadOnlySpan<char> value) => HostNumber.Long(value);
}
