using Analyzer.Families.Lustre.Facts;
using Analyzer.Inventory;
using Analyzer.Parsing;
using Analyzer.Rules.Facts;

namespace Analyzer.Families.Lustre.Parsers.LustreDebug;

/// <summary>
/// The per-line state of one `lctl dk` text capture. A record's text carries its own newline and may hold more:
/// lines without a record header continue the record before them (print_rec adds nothing), so only lines before the
/// first record can be "bad". Keeps counters and bounded tables, never the records.
/// </summary>
internal sealed class CaptureReader(string path)
{
    private readonly MaskCounts _masks = new();
    private readonly ErrorGroups _errors = new();
    private readonly char[] _lastText = new char[Excerpt.MaxLength];
    private int _lastTextLength;
    private long _records, _errorRecords, _warningRecords, _continuations, _bad, _cut, _invalidUtf8;
    private bool _anyTyped;
    private long _firstMicros = long.MaxValue, _lastMicros = long.MinValue, _previousMicros = long.MinValue;
    private long _longestGap, _longestGapLine, _lastRecordLine;
    private int _firstRecordLine;
    private string _firstExcerpt = "";
    private DebugSummary? _summary;

    // Record times past what a date can hold (year 9999) are damage, not a clock: such records are left out and counted.
    private const long MaxUnixSeconds = 253_402_300_799;
    private long _outOfRange, _firstOutOfRangeLine, _firstOutOfRangeSeconds;

    public void Read(ReadOnlySpan<char> line, int number, bool truncated, bool invalidUtf8)
    {
        if (truncated) _cut++;
        if (invalidUtf8) _invalidUtf8++;
        if (DebugRecord.TryParse(line, out var record))
        {
            if (record.Seconds > MaxUnixSeconds)
            {
                if (_outOfRange++ == 0)
                {
                    _firstOutOfRangeLine = number;
                    _firstOutOfRangeSeconds = record.Seconds;
                }

                return;
            }

            Record(record, line, number);
            return;
        }
        if (DebugSummary.TryParse(line) is { } summary)
        {
            _summary = summary;
            return;
        }
        if (_records > 0) _continuations++;
        else if (!line.IsWhiteSpace()) _bad++;
    }

    private void Record(in DebugRecord record, ReadOnlySpan<char> line, int number)
    {
        _records++;
        _anyTyped |= record.HasType;
        if (_firstRecordLine == 0)
        {
            _firstRecordLine = number;
            _firstExcerpt = Excerpt.Of(line);
        }
        var time = record.TimeMicros;
        _firstMicros = Math.Min(_firstMicros, time);
        _lastMicros = Math.Max(_lastMicros, time);
        // lctl sorts each flush batch by time; a step back starts a new batch and is not a pause.
        if (_previousMicros != long.MinValue && time - _previousMicros > _longestGap)
        {
            _longestGap = time - _previousMicros;
            _longestGapLine = number;
        }
        _previousMicros = time;
        _lastRecordLine = number;
        var text = record.Text.Length > _lastText.Length ? record.Text[.._lastText.Length] : record.Text;
        text.CopyTo(_lastText);
        _lastTextLength = text.Length;

        if (DebugNames.IsError(record.Mask)) _errorRecords++;
        else if (DebugNames.IsWarning(record.Mask)) _warningRecords++;
        _masks.Add(record.Subsystem, record.Mask, number, line);
        if (ErrorClassifier.Classify(record.Subsystem, record.Mask, record.Text) is { } error)
            _errors.Add(error, record, number, line);
    }

    public void Finish(ParseContext context)
    {
        if (_cut > 0) context.Problem(InputStatus.Partial, $"{_cut} over-long lines were cut");
        if (_invalidUtf8 > 0) context.Problem(InputStatus.Partial, $"{_invalidUtf8} lines hold invalid UTF-8 (replaced)");
        if (_outOfRange > 0)
            context.Problem(InputStatus.Partial,
                $"{_outOfRange} records have a timestamp past the year 9999 and were left out " +
                $"(first on line {_firstOutOfRangeLine}: {_firstOutOfRangeSeconds} seconds since 1970)");
        if (_records == 0)
        {
            context.Problem(InputStatus.Unrecognized, _summary is { } s
                ? $"lctl summary only (Debug log: {s.Lines} lines, {s.Kept} kept): no debug records in the capture"
                : "no `lctl dk` records (SUBSYS:MASK:CPU:SEC.USEC:...) in the text");
            return;
        }
        if (_bad > 0) context.Problem(InputStatus.Partial, $"{_bad} lines before the first record are not debug records");
        if (_masks.Uncounted > 0) context.Problem(InputStatus.Partial, $"{_masks.Uncounted} records past {MaskCounts.MaxPairs} subsystem/mask pairs were not counted by pair");
        if (_errors.Ungrouped > 0) context.Problem(InputStatus.Partial, $"{_errors.Ungrouped} error records past {ErrorGroups.MaxGroups} groups were counted but not grouped");

        context.Emit(new LustreDebugLog
        {
            Provenance = new Provenance(path, _firstRecordLine, (int)_lastRecordLine, _firstExcerpt),
            Path = path,
            Layout = _anyTyped ? "2.x" : "1.8",
            Records = _records,
            ErrorRecords = _errorRecords,
            WarningRecords = _warningRecords,
            ContinuationLines = _continuations,
            BadLines = _bad,
            FirstTime = Clock.Iso(_firstMicros),
            LastTime = Clock.Iso(_lastMicros),
            Span = Clock.Span(_firstMicros, _lastMicros),
            LongestGap = TimeSpan.FromTicks(_longestGap * 10),
            LongestGapLine = _longestGapLine,
            LastRecordLine = _lastRecordLine,
            LastRecordText = new string(_lastText, 0, _lastTextLength).TrimEnd(),
            SummaryLines = _summary?.Lines,
            SummaryKept = _summary?.Kept,
            SummaryDropped = _summary?.Dropped,
            SummaryBad = _summary?.Bad,
            UngroupedErrors = _errors.Ungrouped,
        });
        foreach (var count in _masks.Facts(path)) context.Emit(count);
        foreach (var group in _errors.Facts(path)) context.Emit(group);
    }
}
