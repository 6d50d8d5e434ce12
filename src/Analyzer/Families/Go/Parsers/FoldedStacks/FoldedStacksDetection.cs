using Analyzer.Detection;

namespace Analyzer.Families.Go.Parsers.FoldedStacks;

/// <summary>
/// Folded stacks are recognised when every non-blank line of the head (up to 50) is `stack COUNT`, starting at the
/// first byte, and at least one stack has a `;` — plain "word number" lines alone are too common to claim.
/// </summary>
internal static class FoldedStacksDetection
{
    private const int LinesChecked = 50;

    public static DetectionConfidence Detect(EntryProbe probe)
    {
        if (probe.IsBinary)
            return DetectionConfidence.None;
        var seen = 0;
        var withCaller = false;
        foreach (var line in probe.HeadLines)
        {
            if (line.Length == 0)
                continue;
            if (!FoldedLine.TryParse(line, out var folded))
                return DetectionConfidence.None;
            withCaller |= folded.Stack.Contains(';');
            if (++seen == LinesChecked)
                break;
        }
        return withCaller ? DetectionConfidence.ContentAtStart : DetectionConfidence.None;
    }
}
