using Analyzer.Rules.Facts;

namespace Analyzer.Families.JuiceFs.Facts;

/// <summary>How often one operation of an access log failed with one errno.</summary>
[FactRecord("JuiceFsAccessErrno", JuiceFsSources.JuiceFs, Description = "Failures of one operation with one errno in a JuiceFS access log")]
public sealed record JuiceFsAccessErrno : IFact
{
    /// <summary>Points at the first record that failed this way.</summary>
    public required Provenance Provenance { get; init; }

    [Field("Bundle path of the access log")] public required string Path { get; init; }
    [Field("Operation")] public required string Op { get; init; }
    [Field("errno name (EIO, ENOENT, EACCES, EAGAIN...) or the logged text when it is not a known errno message")] public required string Errno { get; init; }
    [Field("The status text as logged, e.g. `input/output error`")] public required string Status { get; init; }
    [Field("Records of this operation that failed with this errno")] public long Count { get; init; }
    [Field("Longest latency among them", Unit = "duration")] public TimeSpan Max { get; init; }
}
