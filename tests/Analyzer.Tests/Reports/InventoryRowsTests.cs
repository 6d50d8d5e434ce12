using Analyzer.Inventory;
using Analyzer.Reporting;

namespace Analyzer.Tests.Reports;

/// <summary>The Markdown inventory folds a large bundle's unread files by folder, and never hides a recognised input.</summary>
public sealed class InventoryRowsTests
{
    private static InputRecord Unread(string path) => new(path, "text", InputStatus.Unrecognized, 0, ["text in no known format"]);

    [Fact]
    public void A_small_bundle_lists_every_input()
    {
        var inputs = Enumerable.Range(0, 10).Select(i => Unread($"proc/{i}/mountinfo")).ToList();
        Assert.Equal(10, InventoryRows.Of(inputs).Count);
    }

    [Fact]
    public void A_large_bundle_folds_unread_files_per_folder_but_keeps_recognised_and_odd_ones()
    {
        var inputs = Enumerable.Range(0, 100).Select(i => Unread($"sos/etc/file{i}")).ToList();
        inputs.Add(new InputRecord("sos/etc/dmesg", "kernel-log", InputStatus.Parsed, 12, []));
        inputs.Add(new InputRecord("sos/etc/cut.log", "kernel-log", InputStatus.Partial, 0, ["line cut at 64 KiB"]));
        inputs.Add(Unread("sos/var/one"));
        inputs.AddRange(Enumerable.Range(1, 5).Select(pid => Unread($"sos/proc/{pid}/mountinfo")));

        var rows = InventoryRows.Of(inputs);

        Assert.Equal([("sos/etc/", 100), ("sos/proc/*/", 5)], rows.Where(r => r.Files > 1).Select(r => (r.Path, r.Files)));
        Assert.Contains(rows, r => r.Path == "sos/etc/dmesg" && r.Files == 1);
        Assert.Contains(rows, r => r.Path == "sos/etc/cut.log");
        Assert.Contains(rows, r => r.Path == "sos/var/one");
        Assert.Equal(inputs.Count, rows.Sum(r => r.Files));
    }
}
