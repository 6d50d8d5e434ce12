namespace Analyzer.Transport;

/// <summary>What the learned stack made of one line.</summary>
internal enum LineOutcome
{
    /// <summary>Empty or whitespace only: says nothing about the wrapping.</summary>
    Blank,

    /// <summary>The outermost learned wrapper was found and removed (inner ones where present).</summary>
    Unwrapped,

    /// <summary>Text without the learned wrapper: passed on unchanged (colour codes aside).</summary>
    Missed,
}
