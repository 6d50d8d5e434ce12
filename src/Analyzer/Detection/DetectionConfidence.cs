namespace Analyzer.Detection;

/// <summary>How sure a parser is that an entry is its format. Content beats name; ties go to registration order.</summary>
public enum DetectionConfidence
{
    None = 0,
    /// <summary>Only the file name suggests it (e.g. "ipfs.stacks", "goroutine?debug=2").</summary>
    Name = 1,
    /// <summary>The content somewhere in the head matches the format's anchors.</summary>
    Content = 2,
    /// <summary>The content starts with the format's anchor.</summary>
    ContentAtStart = 3,
}
