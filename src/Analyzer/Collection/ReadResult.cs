namespace Analyzer.Collection;

/// <summary>What reading one source gave: its bytes (possibly none) and how it ended.</summary>
public readonly record struct ReadResult(byte[] Data, SourceStatus Status, string? Reason)
{
    public bool Ok => Status is SourceStatus.Ok or SourceStatus.Truncated;

    public static ReadResult Of(Exception e) => e switch
    {
        FileNotFoundException or DirectoryNotFoundException => new([], SourceStatus.Absent, "not present"),
        UnauthorizedAccessException => new([], SourceStatus.Denied, "permission denied"),
        OperationCanceledException or TimeoutException => new([], SourceStatus.TimedOut, "time budget spent"),
        _ => new([], SourceStatus.Failed, e.Message),
    };
}
