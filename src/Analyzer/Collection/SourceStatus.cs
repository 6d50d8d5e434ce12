namespace Analyzer.Collection;

/// <summary>What became of one source of a capture; written in the manifest as its lower-case text.</summary>
public enum SourceStatus
{
    Ok,
    Truncated,
    Absent,
    Denied,
    TimedOut,
    Failed,
    Skipped,
}
