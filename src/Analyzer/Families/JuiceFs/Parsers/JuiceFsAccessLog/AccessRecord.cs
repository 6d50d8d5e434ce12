namespace Analyzer.Families.JuiceFs.Parsers.JuiceFsAccessLog;

/// <summary>One access-log record as spans over the line being read: valid until the next line is read.</summary>
internal readonly ref struct AccessRecord
{
    public required long TimeMicros { get; init; }
    public required long Uid { get; init; }
    public required long Pid { get; init; }
    public required ReadOnlySpan<char> Op { get; init; }
    /// <summary>`OK` or the errno text as logged.</summary>
    public required ReadOnlySpan<char> Status { get; init; }
    public required long LatencyMicros { get; init; }
    public required AccessVariant Variant { get; init; }

    public bool Ok => Status.SequenceEqual("OK");
}
