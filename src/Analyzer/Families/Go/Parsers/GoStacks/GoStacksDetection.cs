using Analyzer.Detection;
using Analyzer.Text;

namespace Analyzer.Families.Go.Parsers.GoStacks;

/// <summary>Content sniffing shared by the two Go stack parsers: anchors after prefix stripping, anywhere in the head.</summary>
internal static class GoStacksDetection
{
    public static DetectionConfidence ByContent(EntryProbe probe, LinePredicate anchor)
    {
        if (probe.IsBinary)
            return DetectionConfidence.None;
        var prefix = new TransportPrefix();
        var first = true;
        foreach (var line in probe.HeadLines)
        {
            if (line.AsSpan().IsWhiteSpace())
                continue;
            if (prefix.TryLearn(line, anchor, out _))
                return first ? DetectionConfidence.ContentAtStart : DetectionConfidence.Content;
            first = false;
        }
        return DetectionConfidence.None;
    }
}
