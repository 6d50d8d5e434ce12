using Analyzer.Detection;
using Analyzer.Reporting.Sections;

namespace Analyzer.Families;

/// <summary>
/// One evidence family (Go, Linux, ZFS, JuiceFS, Lustre): everything the analyzer knows about it, declared in one
/// place — like a Markdig extension switched on by one line. The pipeline's parser, section, symptom and source
/// lists are all derived from <see cref="FamilyRegistry"/>, so a format or section cannot be half-registered.
/// </summary>
public sealed class EvidenceFamily
{
    /// <summary>The family's name: also its rule folder, <c>rules/&lt;Name&gt;/</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Its folder under src/Analyzer/Families/ (and namespace segment), e.g. <c>JuiceFs</c>.</summary>
    public required string Folder { get; init; }

    /// <summary>The ID prefix of its rules (<c>GO</c> → GO0001); checked against the rule folder by a test.</summary>
    public required string RulePrefix { get; init; }

    /// <summary>Its readers, each with its place in the detection order (see <see cref="RankedParser"/>).</summary>
    public required IReadOnlyList<RankedParser> Parsers { get; init; }

    /// <summary>Its report sections, each with its place in the report.</summary>
    public required IReadOnlyList<RankedSection> Sections { get; init; }

    /// <summary>The symptom names its rules may report (the vocabulary is the union over all families).</summary>
    public required IReadOnlyList<string> Symptoms { get; init; }

    /// <summary>The evidence sources its facts belong to (FactRecordAttribute.Source).</summary>
    public required IReadOnlyList<string> Sources { get; init; }
}
