using Analyzer.Detection;
using Analyzer.Families.Zfs.Facts;
using Analyzer.Inventory;
using Analyzer.Parsing;
using Analyzer.Families.Zfs.Parsers.ZfsUnits;
using Analyzer.Rules.Facts;
using Analyzer.Text;

namespace Analyzer.Families.Zfs.Parsers.ZfsDbgmsg;

/// <summary>
/// /proc/spl/kstat/zfs/dbgmsg (≤ 2.2 and ≥ 2.3 with thread pointers; with or without the kstat and `timestamp
/// message` header lines): streamed into one <see cref="ZfsTxgSync"/> fact (origin dbgmsg) per file.
/// </summary>
public sealed class DbgmsgParser : IFormatParser
{
    public string Format => "zfs-dbgmsg";
    public string Source => ZfsSources.Txg;
    public bool ScansUnclaimedText => false;

    public bool NameSuggests(EntryProbe nameOnly) =>
        SosLayout.EndsWithSegments(nameOnly.HostPath, "proc/spl/kstat/zfs/dbgmsg") || nameOnly.FileName is "dbgmsg" or "zfs_dbgmsg" or "dbgmsg.txt";

    public DetectionConfidence Detect(EntryProbe probe)
    {
        if (probe.IsBinary || probe.HeadLines.Count == 0) return DetectionConfidence.None;
        var lines = probe.HeadLines;
        var start = KstatHeader.TryParse(lines[0]) is not null ? 1 : 0;
        if (lines.Count > start && DbgmsgLine.IsHeader(lines[start])) return DetectionConfidence.ContentAtStart;
        var located = 0;
        for (var i = 0; i < Math.Min(lines.Count, 20); i++)
            if (DbgmsgLine.TryParse(lines[i], out var l) && !l.Function.IsEmpty && l.Timestamp > 100_000_000)
                located++;
        if (located >= 2 || (located == 1 && lines.Count <= 2)) return start == 0 && DbgmsgLine.TryParse(lines[0], out _) ? DetectionConfidence.ContentAtStart : DetectionConfidence.Content;
        return NameSuggests(probe) ? DetectionConfidence.Name : DetectionConfidence.None;
    }

    public void Parse(ParseContext context)
    {
        using var reader = new LineReader(context.Content);
        var tracker = new TxgTracker();
        var continuation = 0;
        var cut = 0;
        var header = false;
        while (reader.TryReadLine(out var line))
        {
            if (reader.LineTruncated) cut++;
            if (reader.LineNumber <= 2 && (KstatHeader.TryParse(line) is not null || DbgmsgLine.IsHeader(line)))
            {
                header = true;
                continue;
            }
            if (line.IsWhiteSpace()) continue;
            if (!DbgmsgLine.TryParse(line, out var record))
            {
                continuation++; // a multi-line message or an nvlist dump continues the record before
                continue;
            }
            tracker.Add(record, line, context.Path, reader.LineNumber);
        }
        if (tracker.Records == 0 && header && continuation == 0)
            return; // an empty buffer (cleared, or zfs_dbgmsg_enable=0): read whole, nothing in it
        if (tracker.Records == 0)
        {
            context.Problem(InputStatus.Failed, "no `TIMESTAMP  file.c:LINE:func(): message` records");
            return;
        }
        if (cut > 0) context.Problem(InputStatus.Partial, $"{cut} over-long line(s) were cut");
        if (tracker.DurationCapped)
            context.Problem(InputStatus.Partial, "a spa_sync time or a gap between txg timestamps is longer than any real duration (damaged numbers?); it is shown capped");
        context.Emit(tracker.ToFact(context.Path, new Provenance(context.Path, 1)));
    }
}
