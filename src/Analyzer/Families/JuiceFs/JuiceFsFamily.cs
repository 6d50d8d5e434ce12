using Analyzer.Families.JuiceFs.Facts;
using Analyzer.Families.JuiceFs.Parsers.JuiceFsAccessLog;
using Analyzer.Families.JuiceFs.Parsers.JuiceFsClientLog;
using Analyzer.Families.JuiceFs.Parsers.JuiceFsDebugInfo;
using Analyzer.Families.JuiceFs.Parsers.JuiceFsProfile;
using Analyzer.Families.JuiceFs.Parsers.JuiceFsStats;
using Analyzer.Families.JuiceFs.Sections;

namespace Analyzer.Families.JuiceFs;

/// <summary>JuiceFS clients: access logs, client logs, .stats, `juicefs debug` and `juicefs profile` (rules/juicefs/, JFS….).</summary>
internal static class JuiceFsFamily
{
    public static EvidenceFamily Descriptor { get; } = new()
    {
        Name = "juicefs",
        Folder = "JuiceFs",
        RulePrefix = "JFS",
        Parsers =
        [
            new(190, new JuiceFsAccessLogParser()),
            new(200, new JuiceFsClientLogParser()),
            new(210, new JuiceFsStatsParser()),
            new(220, new JuiceFsDebugInfoParser()),
            new(230, new JuiceFsProfileParser()),
        ],
        Sections =
        [
            new(100, new JuiceFsOperationsSection()),
            new(110, new JuiceFsSlowestSection()),
            new(120, new JuiceFsTimelineSection()),
            new(130, new JuiceFsLogBurstsSection()),
            new(140, new JuiceFsStatsSection()),
            new(150, new JuiceFsProfileSection()),
        ],
        Symptoms = ["fs-slow-operations", "fs-client-errors", "fs-operation-errors", "object-storage-errors", "metadata-engine-errors"],
        Sources = [JuiceFsSources.JuiceFs],
    };
}
