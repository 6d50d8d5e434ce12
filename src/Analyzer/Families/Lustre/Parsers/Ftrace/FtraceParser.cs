using Analyzer.Detection;
using Analyzer.Families.Linux.Facts;
using Analyzer.Families.Lustre.Facts;
using Analyzer.Parsing;
using Analyzer.Text;

namespace Analyzer.Families.Lustre.Parsers.Ftrace;

/// <summary>
/// Kernel trace text: the tracefs `trace` file (function, function_graph, nop + events, latency tracers; with or
/// without the irq-info flag column) and `trace-cmd report` output. One <see cref="FtraceCapture"/>, the slowest and
/// busiest functions as <see cref="FtraceFunction"/>, and per-task D-state sleeps as <see cref="FtraceSleep"/>.
/// </summary>
public sealed class FtraceParser : IFormatParser
{
    private const int HeadLinesForContent = 200;
    private const int EventLinesForContent = 3;

    public string Format => "ftrace";
    public string Source => FtraceSources.Ftrace;
    public bool ScansUnclaimedText => false;

    public DetectionConfidence Detect(EntryProbe probe)
    {
        if (probe.IsBinary) return DetectionConfidence.None;
        var first = true;
        var events = 0;
        var seen = 0;
        foreach (var raw in probe.HeadLines)
        {
            if (seen++ >= HeadLinesForContent) break;
            var line = raw.AsSpan().Trim();
            if (line.IsEmpty) continue;
            if (TraceHeader.TryTracer(line, out _) || (first && TraceHeader.TryCpus(line, out _)))
                return first ? DetectionConfidence.ContentAtStart : DetectionConfidence.Content;
            first &= line.StartsWith("version =", StringComparison.Ordinal); // trace-cmd may print its file version first
            if (TraceLine.TryParse(line, out _) && ++events >= EventLinesForContent)
                return DetectionConfidence.Content;
        }
        return DetectionConfidence.None;
    }

    public void Parse(ParseContext context)
    {
        using var reader = new LineReader(context.Content);
        var trace = new TraceReader(context.Path);
        while (reader.TryReadLine(out var line))
            trace.Read(line, reader.LineNumber, reader.LineTruncated);
        trace.Finish(context);
    }
}
