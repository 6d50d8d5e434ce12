using Analyzer.Rules.Facts;

namespace Analyzer.Families.JuiceFs.Facts;

/// <summary>
/// What a `juicefs debug` bundle says about the mount: `config.txt` (the mount's `.config`: version, volume,
/// storage, metadata engine) or `system-info.log` (platform, kernel, OS). Secrets and addresses are not kept.
/// </summary>
[FactRecord("JuiceFsMountInfo", JuiceFsSources.JuiceFs, Description = "The JuiceFS mount a debug bundle describes: client version, storage, metadata engine, platform")]
public sealed record JuiceFsMountInfo : IFact
{
    public required Provenance Provenance { get; init; }

    [Field("Bundle path")] public required string Path { get; init; }
    [Field("config (config.txt) or system-info (system-info.log)")] public required string Kind { get; init; }
    [Field("Client version (config); empty when absent")] public required string Version { get; init; }
    [Field("Volume name (config)")] public required string Volume { get; init; }
    [Field("Mount point (config)")] public required string Mountpoint { get; init; }
    [Field("Object storage type, e.g. s3, oss, minio, file (config)")] public required string Storage { get; init; }
    [Field("Metadata engine scheme, e.g. redis, tikv, mysql (config)")] public required string MetaEngine { get; init; }
    [Field("`Platform:` line (system-info)")] public required string Platform { get; init; }
    [Field("`Kernel:` line (system-info)")] public required string Kernel { get; init; }
}
