namespace Analyzer.Tests.Damage;

/// <summary>Maps the format a clean fixture file was read as to the kind of evidence it is.</summary>
internal static class EvidenceKinds
{
    private static readonly HashSet<string> Logs = new(StringComparer.Ordinal)
    {
        "go-goroutine-dump", "juicefs-log", "juicefs-accesslog", "lustre-debug-log", "text",
    };

    private static readonly HashSet<string> Samplers = new(StringComparer.Ordinal)
    {
        "iostat", "vmstat", "zfs-arcstat", "zpool-iostat", "top",
    };

    public static EvidenceKind Of(string format) => format switch
    {
        "kernel-log" => EvidenceKind.KernelLog,
        _ when Logs.Contains(format) => EvidenceKind.ServiceLog,
        _ when Samplers.Contains(format) => EvidenceKind.Sampler,
        _ => EvidenceKind.Snapshot,
    };
}
