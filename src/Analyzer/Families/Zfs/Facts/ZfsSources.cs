namespace Analyzer.Families.Zfs.Facts;

/// <summary>Evidence source names of the ZFS family (a rule needing one that no input provided is skipped).</summary>
public static class ZfsSources
{
    /// <summary>ARC statistics: the arcstats kstat and arcstat/zarcstat interval output.</summary>
    public const string Arc = "zfs-arc";

    /// <summary>`zpool iostat` output of every flavour (-v, -l, -q, -w, -r, -p, -H).</summary>
    public const string PoolIostat = "zpool-iostat";

    /// <summary>Transaction-group timing: the dbgmsg kstat and the per-pool txgs kstat.</summary>
    public const string Txg = "zfs-txg";
}
