using Analyzer.Reporting;
using Analyzer.Rules.Engine;
using Analyzer.Rules.Facts;
using Analyzer.Rules.Model;
using Analyzer.Rules.Templates;

namespace Analyzer.Tests.Reports;

/// <summary>A finding's fingerprint survives what drifts between captures of one problem and changes with the problem.</summary>
public sealed class FindingFingerprintTests
{
    private static Finding Lock(string site, string path, int line, int count) => new(
        "GO0001", Severity.Error, "go-lock-contention", "Goroutines queued on one lock",
        MessageText.Authored($"{count} goroutine(s) wait for up to {count / 10}m to take a lock in `{site}` (state `semacquire`, main.go:{line})."),
        [new Provenance(path, line, line + 20, $"goroutine {count} [semacquire]")], [], null);

    [Fact]
    public void Counts_waits_line_numbers_and_pids_in_paths_do_not_change_it()
    {
        var before = FindingFingerprint.Of(Lock("main.(*Store).Put", "proc/1234/goroutines.txt", 55, 40));
        var after = FindingFingerprint.Of(Lock("main.(*Store).Put", "proc/987/goroutines.txt", 310, 90));
        Assert.Equal(before, after);
        Assert.Matches("^[0-9a-f]{32}$", before);
    }

    [Fact]
    public void Another_lock_site_another_file_or_another_rule_changes_it()
    {
        var one = Lock("main.(*Store).Put", "goroutines.txt", 55, 40);
        Assert.NotEqual(FindingFingerprint.Of(one), FindingFingerprint.Of(Lock("main.(*Cache).Get", "goroutines.txt", 55, 40)));
        Assert.NotEqual(FindingFingerprint.Of(one), FindingFingerprint.Of(Lock("main.(*Store).Put", "service.log", 55, 40)));
        Assert.NotEqual(FindingFingerprint.Of(one), FindingFingerprint.Of(one with { RuleId = "GO0003" }));
    }

    [Fact]
    public void Equal_findings_in_one_report_get_distinct_occurrence_suffixes()
    {
        var f = Lock("main.(*Store).Put", "goroutines.txt", 55, 40);
        var all = FindingFingerprint.All([f, f with { MessageText = MessageText.Authored("other `main.x`") }, f]);
        Assert.EndsWith(":1", all[0], StringComparison.Ordinal);
        Assert.EndsWith(":1", all[1], StringComparison.Ordinal);
        Assert.Equal(all[0][..^2] + ":2", all[2]);
    }
}
