using Analyzer.Detection;
using Analyzer.Reporting.Sections;

namespace Analyzer.Families;

/// <summary>
/// Every evidence family, in one ordered list. Adding a family is one line here; adding a format or a section is
/// one line in its family's descriptor. The flat lists the pipeline uses are derived, never kept by hand.
/// </summary>
public static class FamilyRegistry
{
    public static IReadOnlyList<EvidenceFamily> All { get; } =
    [
        Go.GoFamily.Descriptor,
        Linux.LinuxFamily.Descriptor,
        Zfs.ZfsFamily.Descriptor,
        JuiceFs.JuiceFsFamily.Descriptor,
        Lustre.LustreFamily.Descriptor,
    ];

    /// <summary>Every parser in detection order (lowest rank first).</summary>
    public static IReadOnlyList<IFormatParser> Parsers { get; } =
        All.SelectMany(f => f.Parsers).OrderBy(p => p.Rank).Select(p => p.Parser).ToList();

    /// <summary>Every report section in report order.</summary>
    public static IReadOnlyList<IReportSection> Sections { get; } =
        All.SelectMany(f => f.Sections).OrderBy(s => s.Order).Select(s => s.Section).ToList();

    /// <summary>The symptom vocabulary: every family's symptoms.</summary>
    public static IReadOnlySet<string> Symptoms { get; } =
        All.SelectMany(f => f.Symptoms).ToHashSet(StringComparer.Ordinal);

    /// <summary>The family that owns a parser (each parser belongs to exactly one; a test checks it).</summary>
    public static EvidenceFamily Of(IFormatParser parser) =>
        All.Single(f => f.Parsers.Any(p => ReferenceEquals(p.Parser, parser)));
}
