namespace Analyzer.Collection;

/// <summary>
/// What one capture reads and how far it may go. <see cref="Root"/> is "/" on a live host; tests point it at a fake
/// tree. <see cref="ToolDirs"/> are where commands (dmesg, zpool, lctl) are looked for: none means no command runs.
/// </summary>
public sealed record CollectOptions
{
    public string Root { get; init; } = "/";
    public IReadOnlyList<string> GoTargets { get; init; } = [];
    public IReadOnlyList<int> Pids { get; init; } = [];
    public IReadOnlyList<string> JuiceFsMounts { get; init; } = [];
    public IReadOnlyList<string> ToolDirs { get; init; } = [];
    /// <summary>The sampling window: CPU profile length, the gap between the two goroutine dumps, iostat/vmstat span.</summary>
    public int Seconds { get; init; } = 5;
    /// <summary>The whole capture's deadline; null: <c>Seconds * 3 + 30</c>.</summary>
    public int? MaxSeconds { get; init; }
    /// <summary>Uncompressed bytes the bundle may hold, all files together.</summary>
    public long MaxBytes { get; init; } = 256L * 1024 * 1024;
    public bool Redact { get; init; }
    /// <summary>Whether host sources (kernel log, processes, samples, ZFS, Lustre) are read; Go and JuiceFS targets always are.</summary>
    public bool Host { get; init; } = true;

    public TimeSpan TimeBudget => TimeSpan.FromSeconds(MaxSeconds ?? Seconds * 3 + 30);
}
