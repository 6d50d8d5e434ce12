using Analyzer.Rules.Facts;

namespace Analyzer.Families.JuiceFs.Facts;

/// <summary>
/// Warnings or errors of a JuiceFS client log that share one message pattern (numbers, ids, paths and addresses
/// normalised away), with the component they point at.
/// </summary>
[FactRecord("JuiceFsLogBurst", JuiceFsSources.JuiceFs, Description = "Repeated JuiceFS client log warnings/errors of one message pattern, classified object-storage, metadata-engine or other")]
public sealed record JuiceFsLogBurst : IFact
{
    /// <summary>Points at the first message of the burst.</summary>
    public required Provenance Provenance { get; init; }

    [Field("Bundle path of the log")] public required string Path { get; init; }
    [Field("WARNING, ERROR, FATAL or PANIC (the most severe level seen for the pattern)")] public required string Level { get; init; }
    [Field("object-storage, metadata-engine or other")] public required string Component { get; init; }
    [Field("The message with numbers, ids, paths and addresses replaced (`#`, `{path}`, `{addr}`)")] public required string Pattern { get; init; }
    [Field("Messages with this pattern")] public long Count { get; init; }
    [Field("Most messages with this pattern in one minute")] public long PeakPerMinute { get; init; }
    [Field("Timestamp of the first message (client local time), yyyy-MM-ddTHH:mm:ss")] public required string First { get; init; }
    [Field("Timestamp of the last message")] public required string Last { get; init; }
    [Field("Time between the first and the last message", Unit = "duration")] public TimeSpan Span { get; init; }
    [Field("1-based line of the first message")] public long FirstLine { get; init; }
    [Field("1-based line of the last message")] public long LastLine { get; init; }
    [Field("The first message as logged (source location removed), cut to 300 characters")] public required string Message { get; init; }
}
