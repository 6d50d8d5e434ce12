namespace Analyzer.Detection;

/// <summary>
/// Where a format's anchor line sits among the head's non-blank lines, as a confidence. The first non-blank line
/// counts as the start, and so does the second: a paste that began mid-line leaves the tail of a line above the first
/// whole one, and that fragment must not let another format, anchored deeper in the text, win the entry.
/// </summary>
internal static class LeadingAnchor
{
    /// <param name="nonBlankIndex">0-based index of the anchor among the non-blank lines of the head.</param>
    public static DetectionConfidence Confidence(int nonBlankIndex) =>
        nonBlankIndex <= 1 ? DetectionConfidence.ContentAtStart : DetectionConfidence.Content;
}
