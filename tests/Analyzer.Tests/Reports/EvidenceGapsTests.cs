using Analyzer.Bundles;
using Analyzer.Inventory;
using Analyzer.Reporting.Gaps;

namespace Analyzer.Tests.Reports;

/// <summary>What kept the analysis from the whole bundle, found from the inventory and the entry cap.</summary>
public sealed class EvidenceGapsTests
{
    private static InputRecord Input(string path, string format, InputStatus status, params string[] problems) =>
        new(path, format, status, 0, problems);

    [Fact]
    public void A_bundle_with_no_file_is_empty()
    {
        var gap = Assert.Single(EvidenceGaps.Find("b", [], []));
        Assert.Equal(EvidenceGapKind.EmptyBundle, gap.Kind);
        Assert.StartsWith("Nothing to examine", GapSentences.NoVerdict([gap]), StringComparison.Ordinal);
    }

    [Fact]
    public void Files_in_no_known_format_are_nothing_recognised()
    {
        var gaps = EvidenceGaps.Find("b", [Input("notes.txt", "text", InputStatus.Unrecognized, "text in no known format")], []);
        Assert.Equal([EvidenceGapKind.NothingRecognised], gaps.Select(g => g.Kind));
    }

    [Fact]
    public void A_damaged_archive_and_partial_evidence_are_both_gaps_and_only_the_archive_joins_the_verdict_reason()
    {
        var gaps = EvidenceGaps.Find("b.tar.gz",
        [
            Input("b.tar.gz", "unknown", InputStatus.Failed, "archive is truncated or corrupt after 3 entries"),
            Input("dump.txt", "go-goroutine-dump", InputStatus.Partial, "cut off mid-goroutine"),
            Input("README.md", "text", InputStatus.Unrecognized, "text in no known format"),
        ], []);
        Assert.Equal([EvidenceGapKind.DamagedContainer, EvidenceGapKind.EvidenceUnread], gaps.Select(g => g.Kind));
        Assert.Equal("b.tar.gz is damaged (archive is truncated or corrupt after 3 entries), so what it held after that was not seen.",
            GapSentences.BundleLevel(gaps));
        Assert.Equal(["b.tar.gz: damaged: archive is truncated or corrupt after 3 entries", "dump.txt: partial: cut off mid-goroutine"],
            GapSentences.Lines(gaps));
    }

    [Fact]
    public void The_entry_cap_is_a_gap_even_when_everything_read_was_parsed()
    {
        var gaps = EvidenceGaps.Find("tree", [Input("h1/dmesg", "kernel-log", InputStatus.Parsed)], [new UnreadFolder("h2/", 31_000, 100_000, 250_000)]);
        var gap = Assert.Single(gaps);
        Assert.Equal(EvidenceGapKind.EntryCap, gap.Kind);
        Assert.Contains("31,000 file(s) were not read", GapSentences.BundleLevel(gaps), StringComparison.Ordinal);
    }

    [Fact]
    public void A_whole_bundle_read_has_no_gap_and_skipped_links_are_not_gaps()
    {
        Assert.Empty(EvidenceGaps.Find("b",
        [
            Input("dmesg", "kernel-log", InputStatus.Parsed),
            Input("proc/self", "link", InputStatus.Skipped, "symbolic link"),
            Input("README.md", "text", InputStatus.Unrecognized, "text in no known format"),
        ], []));
    }
}
