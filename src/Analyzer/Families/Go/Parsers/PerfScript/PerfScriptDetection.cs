using Analyzer.Detection;

namespace Analyzer.Families.Go.Parsers.PerfScript;

/// <summary>
/// `perf script` text: after optional `#` header comments (`perf script --header`), the first line is a sample
/// header (COMM PID ... EVENT:) followed by an indented callchain frame (or an unindented one with its DSO, as a paste
/// leaves it), or carries its one frame itself.
/// </summary>
internal static class PerfScriptDetection
{
    public static DetectionConfidence Detect(EntryProbe probe)
    {
        if (probe.IsBinary)
            return DetectionConfidence.None;
        var lines = probe.HeadLines;
        var i = 0;
        while (i < lines.Count && (lines[i].Length == 0 || lines[i][0] == '#'))
            i++;
        if (i >= lines.Count || PerfSampleHeader.TryParse(lines[i]) is not { } header)
            return DetectionConfidence.None;
        var next = i + 1 < lines.Count ? lines[i + 1] : "";
        var framed = next.Length > 0 && (char.IsWhiteSpace(next[0]) ? PerfFrame.TryParse(next, out _) : PerfFrame.TryParseUnindented(next, out _));
        // A sample recorded without call graphs carries its one frame on the header line. Alone, `word N key: hex
        // word` is too common a shape (per-node meminfo: `Node 0 MemTotal: 16384 kB`): the header must also show a
        // time or a `[CPU]`, or the frame its `(dso)`.
        var inline = header.Rest.Length > 0 && PerfFrame.TryParse(header.Rest, out var only)
                     && (header.Time is not null || header.Cpu is not null || !only.Dso.IsEmpty);
        return framed || inline ? DetectionConfidence.ContentAtStart : DetectionConfidence.None;
    }
}
