using Analyzer.Families;

namespace Analyzer.Reporting.Sections;

/// <summary>Every family's report sections in report order: derived from the families (<see cref="FamilyRegistry"/>).</summary>
internal static class SectionRegistry
{
    public static IReadOnlyList<IReportSection> Default => FamilyRegistry.Sections;
}
