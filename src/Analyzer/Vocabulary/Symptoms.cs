namespace Analyzer.Vocabulary;

/// <summary>
/// The symptom vocabulary (symptoms.md): the stable names of what is wrong, shared by every rule. A contract:
/// names are added, never renamed or reused.
/// </summary>
public static class Symptoms
{
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        // Go runtime
        "go-lock-contention", "go-deadlock", "go-goroutine-leak", "go-channel-block", "go-io-wait-stall",
        "go-panic", "go-fatal-error", "go-gc-pressure", "go-heap-growth", "cpu-hotspot", "cgo-syscall-bound",
        // Linux kernel and processes
        "d-state-process", "kernel-hung-task", "kernel-oops", "kernel-panic", "soft-lockup", "rcu-stall",
        "oom-kill", "memory-pressure", "cpu-saturation", "disk-saturation", "disk-latency",
        // ZFS
        "zfs-assert", "zfs-txg-stall", "arc-low-hit-ratio", "arc-memory-throttle", "zpool-latency",
        // Distributed / network file system clients
        "fs-slow-operations", "fs-client-errors", "object-storage-errors", "metadata-engine-errors", "lustre-errors",
    };
}
