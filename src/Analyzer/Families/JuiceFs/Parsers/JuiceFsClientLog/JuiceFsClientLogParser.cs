using Analyzer.Detection;
using Analyzer.Families.JuiceFs.Facts;
using Analyzer.Inventory;
using Analyzer.Families.JuiceFs.Parsers.JuiceFsAccessLog;
using Analyzer.Parsing;
using Analyzer.Text;

namespace Analyzer.Families.JuiceFs.Parsers.JuiceFsClientLog;

/// <summary>
/// The JuiceFS client log (`juicefs.log`, stderr captures) in every version: message heads with or without a source
/// location, ANSI colours, `--log-id` prefixes; lines that are not heads continue the previous message. Streamed into
/// a <see cref="JuiceFsLogSummary"/> and <see cref="JuiceFsLogBurst"/>s (warnings/errors grouped by pattern and
/// classified object-storage / metadata-engine / other). Memory is bounded by the pattern table.
/// </summary>
public sealed class JuiceFsClientLogParser : IFormatParser
{
    /// <summary>Continuation text kept per message for classification; the rest of a long message is not read.</summary>
    private const int MaxMessageChars = 4096;

    public string Format => "juicefs-log";
    public string Source => JuiceFsSources.JuiceFs;
    public bool ScansUnclaimedText => false;

    /// <summary>Other programs write here too: a Go service's panic in the journal, the client's own panic in its log.</summary>
    public bool CarriesEmbeddedText => true;

    public bool NameSuggests(EntryProbe nameOnly) => ClientLogDetection.NameSuggests(nameOnly);

    public DetectionConfidence Detect(EntryProbe probe) => ClientLogDetection.Detect(probe);

    public void Parse(ParseContext context)
    {
        using var reader = new LineReader(context.Content);
        var clock = new LocalTimestamp('/');
        var aggregate = new ClientLogAggregator();
        var scratch = new char[reader.MaxLineBytes];
        var message = new char[MaxMessageChars];
        var messageLength = 0;
        var firstLineLength = 0;
        var open = false;
        LogLevel level = default;
        long time = 0, line = 0, before = 0, cut = 0;

        void Finish()
        {
            if (open)
                aggregate.Problem(level, time, line, message.AsSpan(0, firstLineLength), message.AsSpan(0, messageLength));
            open = false;
        }

        while (reader.TryReadLine(out var raw))
        {
            if (reader.LineTruncated) cut++;
            var text = AnsiCodes.Strip(raw, scratch);
            if (ClientLogHeader.TryParse(text, clock, out var head))
            {
                Finish();
                aggregate.Message(head, reader.LineNumber);
                if (head.Level >= LogLevel.Warning)
                {
                    open = true;
                    level = head.Level;
                    time = head.TimeMicros;
                    line = reader.LineNumber;
                    messageLength = firstLineLength = Math.Min(head.Message.Length, message.Length);
                    head.Message[..messageLength].CopyTo(message);
                }
                continue;
            }
            if (aggregate.Messages == 0)
            {
                // Blank lines are no lost text (a section of a paste comes padded with them to keep the file's lines).
                if (!text.IsWhiteSpace())
                    before++;
                continue;
            }
            if (open && messageLength < message.Length - 1)
            {
                message[messageLength++] = ' ';
                var take = Math.Min(text.Length, message.Length - messageLength);
                text[..take].CopyTo(message.AsSpan(messageLength));
                messageLength += take;
            }
        }
        Finish();

        if (aggregate.Messages == 0)
        {
            context.Problem(InputStatus.Failed, reader.LineNumber == 0 ? "empty log" : $"no JuiceFS log message in {reader.LineNumber} lines");
            return;
        }
        if (before > 0)
            context.Problem(InputStatus.Partial, $"{before} lines before the first log message (skipped)");
        if (cut > 0)
            context.Problem(InputStatus.Partial, $"{cut} over-long lines were cut");
        if (aggregate.OverflowPatterns > 0)
            context.Problem(InputStatus.Partial, $"more than {ClientLogAggregator.MaxPatterns} distinct warning/error patterns: {aggregate.OverflowPatterns} messages of further patterns were counted but not grouped");
        aggregate.Emit(context.Path, context.Emit);
    }
}
