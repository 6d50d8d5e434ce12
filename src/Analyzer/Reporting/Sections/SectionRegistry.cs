namespace Analyzer.Reporting.Sections;

/// <summary>Every family's report section, in the order they appear. Adding one is one line here.</summary>
internal static class SectionRegistry
{
    public static IReadOnlyList<IReportSection> Default { get; } =
    [
        new GoroutineGroupsSection(),
        new LustreErrorsSection(),
        new FtraceFunctionsSection(),
        new FtraceSleepsSection(),
        new ZpoolVdevSection(),
        new ArcSummarySection(),
        new ProfileTopSection(),
        new KernelReportsSection(),
        new BlockDeviceErrorsSection(),
        new JuiceFsOperationsSection(),
        new JuiceFsSlowestSection(),
        new JuiceFsTimelineSection(),
        new JuiceFsLogBurstsSection(),
        new JuiceFsStatsSection(),
        new JuiceFsProfileSection(),
        new DStateSection(),
        new KernelStacksSection(),
        new DiskStatsSection(),
    ];
}
