using Analyzer.Bundles;
using Analyzer.Families.Go.Facts;
using Analyzer.Inventory;
using Analyzer.Reporting.Gaps;
using Analyzer.Rules.Engine;

namespace Analyzer.Reporting;

/// <summary>
/// The one report model every renderer draws from (Markdown, JSON, HTML). Built once per bundle.
/// </summary>
public sealed record ReportModel
{
    public const int SchemaVersion = 1;

    public required string ToolVersion { get; init; }
    public required string Bundle { get; init; }

    /// <summary>The bundle's size on disk in bytes (a directory: its files', links not followed); null when unknown (standard input).</summary>
    public long? BundleBytes { get; init; }

    /// <summary>
    /// When and how long this analysis ran and which rules it used: set by the command line, never by the pipeline, so
    /// a report built in a test (the approved ones under reports/) stays the same from run to run.
    /// </summary>
    public AnalysisRun? Run { get; init; }
    public required string Verdict { get; init; }
    public required string VerdictReason { get; init; }
    public required IReadOnlyList<Finding> Findings { get; init; }
    public required IReadOnlyList<InputRecord> Inputs { get; init; }
    public required IReadOnlyList<RuleOutcome> Rules { get; init; }
    public required IReadOnlyList<ReportTable> Tables { get; init; }

    /// <summary>
    /// The pruned call tree of every profile, for the pictures renderers draw (HTML flame graphs). Text renderers
    /// show the same profiles as top tables instead.
    /// </summary>
    public IReadOnlyList<FlameTree> FlameGraphs { get; init; } = [];

    /// <summary>Interval evidence drawn as charts by renderers that draw (HTML): iostat per device, vmstat, PSI.</summary>
    public IReadOnlyList<Charts.IntervalChart> Charts { get; init; } = [];

    /// <summary>Files the entry cap left unread, per top-level folder (the inventory lists them as skipped folders).</summary>
    public IReadOnlyList<UnreadFolder> Unread { get; init; } = [];

    /// <summary>Every finding rule the analysis ran, fired or not, in id order (SARIF's rule descriptors).</summary>
    public IReadOnlyList<RuleDescriptor> RuleDescriptors { get; init; } = [];

    /// <summary>What kept the analysis from seeing the whole bundle (empty, unrecognisable, damaged, capped, read in part).</summary>
    public IReadOnlyList<EvidenceGap> Gaps { get; init; } = [];

    /// <summary>Findings a suppressions file set apart (not in <see cref="Findings"/>, not counted for the verdict).</summary>
    public IReadOnlyList<Suppressions.SuppressedFinding> Suppressed { get; init; } = [];

    /// <summary>Suppressions past their expiry date: they suppressed nothing, and the report says so.</summary>
    public IReadOnlyList<Rules.Config.Suppression> ExpiredSuppressions { get; init; } = [];

    /// <summary>This run against <c>--baseline</c>, when one was given.</summary>
    public Baselines.BaselineComparison? Baseline { get; init; }
}
