namespace Analyzer.Collection;

/// <summary>The manifest's words for <see cref="SourceStatus"/> (docs/collect.md lists them).</summary>
public static class SourceStatusText
{
    public static string Of(SourceStatus status) => status switch
    {
        SourceStatus.Ok => "ok",
        SourceStatus.Truncated => "truncated",
        SourceStatus.Absent => "absent",
        SourceStatus.Denied => "denied",
        SourceStatus.TimedOut => "timed-out",
        SourceStatus.Failed => "failed",
        _ => "skipped",
    };
}
