namespace Analyzer.Families.Linux.Facts;

/// <summary>Evidence source names of the host family (ps/top/proc snapshots and resource statistics).</summary>
public static class HostSources
{
    /// <summary>Process snapshots: ps, top -b task tables, /proc/PID/stack, /proc/PID/status.</summary>
    public const string Processes = "processes";

    /// <summary>Resource statistics: iostat, vmstat, free, /proc/meminfo, /proc/pressure, load averages.</summary>
    public const string Resources = "resources";
}
