using Analyzer.Rules.Facts;

namespace Analyzer.Families.Lustre.Facts;

/// <summary>One `lctl dk` text capture as a whole: how many records, over which time, and where it ends.</summary>
[FactRecord("LustreDebugLog", LustreSources.Debug, Description = "A Lustre debug log capture (lctl dk text): record counts, time span, last record")]
public sealed record LustreDebugLog : IFact
{
    public required Provenance Provenance { get; init; }

    [Field("Bundle path")] public required string Path { get; init; }
    [Field("Record layout: 2.x (CPU.TYPE[F] column) or 1.8 (CPU only)")] public required string Layout { get; init; }
    [Field("Debug records read")] public long Records { get; init; }
    [Field("Records with the D_ERROR or D_EMERG mask bit")] public long ErrorRecords { get; init; }
    [Field("Records with the D_WARNING, D_NETERROR or D_HA mask bit and neither error bit")] public long WarningRecords { get; init; }
    [Field("Lines without a record header that continue the message of the record before them")] public long ContinuationLines { get; init; }
    [Field("Lines that are neither records, continuations nor the summary (before the first record, or garbled)")] public long BadLines { get; init; }
    [Field("Wall-clock time of the earliest record, UTC ISO-8601")] public required string FirstTime { get; init; }
    [Field("Wall-clock time of the latest record, UTC ISO-8601")] public required string LastTime { get; init; }
    [Field("Latest minus earliest record time", Unit = "duration")] public TimeSpan Span { get; init; }
    [Field("Longest pause between two consecutive records of the file", Unit = "duration")] public TimeSpan LongestGap { get; init; }
    [Field("Line of the record that ended the longest pause")] public long LongestGapLine { get; init; }
    [Field("Line of the last record")] public long LastRecordLine { get; init; }
    [Field("Text of the last record (cut to 200 characters)")] public required string LastRecordText { get; init; }
    [Field("lctl's `Debug log: N lines, N kept, N dropped` summary: lines it read; null when the capture has no summary")] public long? SummaryLines { get; init; }
    [Field("lctl's summary: records it kept (written out); null without a summary")] public long? SummaryKept { get; init; }
    [Field("lctl's summary: records it dropped (filtered by mask or subsystem); null without a summary")] public long? SummaryDropped { get; init; }
    [Field("lctl's summary: records it could not decode; null without a summary or on lctl versions that do not print it")] public long? SummaryBad { get; init; }
    [Field("Error records that did not fit the bounded table of error groups (counted here, not grouped)")] public long UngroupedErrors { get; init; }
}
