using Analyzer.Detection;
using Analyzer.Families.Lustre.Facts;
using Analyzer.Inventory;
using Analyzer.Parsing;
using Analyzer.Pipeline;
using Analyzer.Text;

namespace Analyzer.Families.Lustre.Parsers.LustreDebug;

/// <summary>
/// Text of the Lustre kernel debug buffer (`lctl dk`, `lctl debug_kernel`, `lctl debug_file`, 1.8 and 2.x layouts):
/// one <see cref="LustreDebugLog"/> per capture, <see cref="LustreDebugCount"/> per subsystem and mask, and the
/// trouble records grouped into <see cref="LustreErrorGroup"/>s. Raw binary dumps (/tmp/lustre-log.*) are recognised
/// and left unrecognized with the command that converts them.
/// </summary>
public sealed class LustreDebugParser : IFormatParser
{
    private const int HeadLinesForContent = 200;

    public string Format => "lustre-debug-log";
    public string Source => LustreSources.Debug;
    public bool ScansUnclaimedText => false;

    public DetectionConfidence Detect(EntryProbe probe)
    {
        if (probe.IsBinary)
        {
            if (BinaryDump.LooksLikeDump(probe.Head.Span)) return DetectionConfidence.ContentAtStart;
            return BinaryDump.IsDumpName(probe.FileName) ? DetectionConfidence.Name : DetectionConfidence.None;
        }
        var first = true;
        var seen = 0;
        foreach (var line in probe.HeadLines)
        {
            if (seen++ >= HeadLinesForContent) break;
            if (line.Length == 0) continue;
            if (DebugRecord.TryParse(line, out _))
                return first ? DetectionConfidence.ContentAtStart : DetectionConfidence.Content;
            if (first && DebugSummary.TryParse(line) is not null) continue; // summary printed before the records
            first = false;
        }
        return BinaryDump.IsDumpName(probe.FileName) ? DetectionConfidence.Name : DetectionConfidence.None;
    }

    public void Parse(ParseContext context)
    {
        var head = new byte[EntryProbe.HeadSize];
        var filled = context.Content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var headSpan = head.AsSpan(0, filled);
        if (TextSniffer.LooksBinary(headSpan))
        {
            var reason = BinaryDump.LooksLikeDump(headSpan)
                ? "binary Lustre debug dump (raw ptldebug records, as written on LBUG or by debug_daemon): convert it with `lctl debug_file <dump> <dump>.txt` and add the text"
                : "binary content named like a Lustre debug dump, but without ptldebug record headers";
            context.Problem(InputStatus.Unrecognized, reason);
            return;
        }
        using var reader = new LineReader(new PrefixedStream(head.AsMemory(0, filled), context.Content));
        var capture = new CaptureReader(context.Path);
        while (reader.TryReadLine(out var line))
            capture.Read(line, reader.LineNumber, reader.LineTruncated, reader.LineHadInvalidUtf8);
        capture.Finish(context);
    }
}
