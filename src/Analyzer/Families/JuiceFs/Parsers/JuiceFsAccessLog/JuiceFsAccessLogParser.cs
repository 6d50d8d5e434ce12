using Analyzer.Detection;
using Analyzer.Families.JuiceFs.Facts;
using Analyzer.Inventory;
using Analyzer.Parsing;
using Analyzer.Text;

namespace Analyzer.Families.JuiceFs.Parsers.JuiceFsAccessLog;

/// <summary>
/// JuiceFS access logs (`.accesslog`, `juicefs debug`'s `*.accesslog`, the Hadoop SDK's access log), every
/// version: streamed into per-operation statistics (<see cref="JuiceFsAccessOp"/>, <see cref="JuiceFsAccessErrno"/>),
/// the slowest records, the busiest pids/uids, a time series and a summary. Memory does not grow with the log.
/// <para>
/// Record boundaries: a record starts with its timestamp and `[uid:`; before PR #5588 names were written raw, so a
/// name holding a newline continues the record on the next line. A line that does not parse is held (up to
/// <see cref="MaxRecordChars"/>) and joined with following lines that do not start a record until the whole parses.
/// </para>
/// </summary>
public sealed class JuiceFsAccessLogParser : IFormatParser
{
    /// <summary>A record split over lines is abandoned past this size (counted malformed).</summary>
    public const int MaxRecordChars = 64 * 1024;

    public string Format => "juicefs-accesslog";
    public string Source => JuiceFsSources.JuiceFs;
    public bool ScansUnclaimedText => false;

    public DetectionConfidence Detect(EntryProbe probe) => AccessLogDetection.Detect(probe);

    public void Parse(ParseContext context)
    {
        using var reader = new LineReader(context.Content);
        var clock = new LocalTimestamp();
        var aggregate = new AccessLogAggregator();
        var pending = new PendingRecord(MaxRecordChars);
        long cutLines = 0, invalidUtf8 = 0;
        while (reader.TryReadLine(out var line))
        {
            if (reader.LineTruncated) cutLines++;
            if (reader.LineHadInvalidUtf8) invalidUtf8++;
            var number = reader.LineNumber;
            if (pending.Active)
            {
                if (AccessLineParser.StartsRecord(line))
                {
                    aggregate.Malformed++; // the held record never completed
                    pending.Clear();
                }
                else
                {
                    if (!pending.Append(line))
                    {
                        aggregate.Malformed++;
                        pending.Clear();
                        continue;
                    }
                    if (line.Length > 0 && line[^1] == '>' && AccessLineParser.TryParse(pending.Text, clock, out var joined))
                    {
                        aggregate.Add(joined, pending.StartLine, pending.Text);
                        pending.Clear();
                    }
                    continue;
                }
            }
            if (line.Length > 0 && line[0] == '#')
            {
                aggregate.KeepAlives++;
                continue;
            }
            if (line.IsEmpty)
                continue;
            if (AccessLineParser.TryParse(line, clock, out var record))
                aggregate.Add(record, number, line);
            else if (AccessLineParser.StartsRecord(line) && !reader.LineTruncated)
                pending.Start(line, number);
            else
                aggregate.Malformed++;
        }
        if (pending.Active)
            aggregate.Malformed++;

        if (aggregate.Records == 0)
        {
            context.Problem(InputStatus.Failed, reader.LineNumber == 0 ? "empty access log" : $"no access-log record in {reader.LineNumber} lines");
            return;
        }
        if (cutLines > 0)
            context.Problem(InputStatus.Partial, $"{cutLines} over-long lines were cut");
        if (invalidUtf8 > 0)
            context.Problem(InputStatus.Partial, $"{invalidUtf8} lines held invalid UTF-8 (replaced)");
        if (aggregate.Malformed > 0)
            context.Problem(InputStatus.Partial, $"{aggregate.Malformed} lines are not access-log records (skipped)");
        aggregate.Emit(context.Path, context.Emit);
    }
}
