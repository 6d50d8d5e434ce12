using Analyzer.Rules.Facts;

namespace Analyzer.Families.JuiceFs.Facts;

/// <summary>A JuiceFS client log as a whole: message counts per level and the metadata engine it talks to.</summary>
[FactRecord("JuiceFsLogSummary", JuiceFsSources.JuiceFs, Description = "A JuiceFS client log as a whole: messages per level, variant, metadata engine")]
public sealed record JuiceFsLogSummary : IFact
{
    public required Provenance Provenance { get; init; }

    [Field("Bundle path")] public required string Path { get; init; }
    [Field("Source-location style: method (`[Method@file.go:N]`, v1.3+), file (`[file.go:N]`, v1.0-1.2), none (older), or mixed")] public required string Variant { get; init; }
    [Field("Log messages (a multi-line message counts once)")] public long Messages { get; init; }
    [Field("DEBUG and TRACE messages")] public long Debug { get; init; }
    [Field("INFO messages")] public long Info { get; init; }
    [Field("WARNING messages")] public long Warnings { get; init; }
    [Field("ERROR messages")] public long Errors { get; init; }
    [Field("FATAL and PANIC messages")] public long Fatals { get; init; }
    [Field("`slow operation:` messages (operations that took 10 s or more)")] public long SlowOperations { get; init; }
    [Field("Distinct warning/error patterns (also those beyond the bounded table)")] public long Patterns { get; init; }
    [Field("Scheme of the last `Meta address:` (redis, tikv, mysql, sqlite3, etcd, postgres, badger...); empty when not logged")] public required string MetaEngine { get; init; }
    [Field("Timestamp of the first message")] public required string First { get; init; }
    [Field("Timestamp of the last message")] public required string Last { get; init; }
}
