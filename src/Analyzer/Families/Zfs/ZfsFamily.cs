using Analyzer.Families.Zfs.Facts;
using Analyzer.Families.Zfs.Parsers.Arcstat;
using Analyzer.Families.Zfs.Parsers.Arcstats;
using Analyzer.Families.Zfs.Parsers.ZfsDbgmsg;
using Analyzer.Families.Zfs.Parsers.ZpoolIostat;
using Analyzer.Families.Zfs.Sections;

namespace Analyzer.Families.Zfs;

/// <summary>OpenZFS: ARC kstats and arcstat, zpool iostat, dbgmsg and txgs (rules/zfs/, ZFS….).</summary>
internal static class ZfsFamily
{
    public static EvidenceFamily Descriptor { get; } = new()
    {
        Name = "zfs",
        Folder = "Zfs",
        RulePrefix = "ZFS",
        Parsers =
        [
            new(80, new ArcstatsParser()),
            new(90, new ArcstatParser()),
            new(100, new ZpoolIostatParser()),
            new(110, new DbgmsgParser()),
            new(120, new TxgsParser()),
        ],
        Sections =
        [
            new(50, new ZpoolVdevSection()),
            new(60, new ArcSummarySection()),
        ],
        Symptoms = ["zfs-assert", "zfs-txg-stall", "arc-low-hit-ratio", "arc-memory-throttle", "zpool-latency"],
        Sources = [ZfsSources.Arc, ZfsSources.PoolIostat, ZfsSources.Txg],
    };
}
