using Analyzer.Bundles;
using Analyzer.Inventory;
using Analyzer.Pipeline;
using Analyzer.Tests.Support;
using static Analyzer.Tests.Bundles.TestBundles;

namespace Analyzer.Tests.Bundles;

/// <summary>
/// A multi-host tree bigger than the entry cap (scaled down: the cap is injected small). The evidence sits where
/// archive and ordinal order put it last (a host folder named zz-…); it must still be read, what the cap left unread
/// must be counted per top-level folder and said in the verdict, and the verdict must not depend on entry order.
/// </summary>
public sealed class BigTreeTests : IDisposable
{
    private const int NoisePerHost = 30;
    private static readonly BundleLimits SmallCap = new() { MaxEntries = 20 };
    private static readonly string[] NoiseHosts = ["host-a", "host-b"];

    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    /// <summary>Per host: config files no parser reads (a sosreport's etc/), then the last host's kernel log.</summary>
    private static List<(string Name, byte[] Content)> Tree()
    {
        var files = new List<(string, byte[])>();
        foreach (var host in NoiseHosts)
            for (var i = 0; i < NoisePerHost; i++)
                files.Add(($"{host}/etc/app/conf-{i:000}.cfg", Utf8($"setting_{i} = {i}\n")));
        files.Add(("zz-host/var/log/kern.log", System.IO.File.ReadAllBytes(Path.Combine(RepoPaths.Fixtures, "kernel-oops", "kern.log"))));
        files.Add(("zz-host/etc/hostname", Utf8("zz-host\n")));
        return files;
    }

    [Fact]
    public void A_directory_reads_its_evidence_first_and_counts_the_rest_per_top_level_folder()
    {
        foreach (var (name, content) in Tree())
            temp.Write(Path.Combine("tree", name), content);
        var sink = new RecordingSink();

        BundleReader.Read(Path.Combine(temp.Root, "tree"), sink, SmallCap, new Detection.EvidencePaths(Detection.ParserRegistry.Default).Of);

        Assert.Equal("zz-host/var/log/kern.log", sink.EntryPaths.First());
        Assert.Equal(21, sink.Entries.Count); // the kernel log, then the general cap's 20
        // 62 files, 21 read: the 41 left are counted, one problem per top-level folder.
        var unread = sink.Problems.Where(p => p.Reason.Contains("not read: the entry cap of 20", StringComparison.Ordinal)).ToList();
        Assert.Equal(["host-a/", "host-b/", "zz-host/"], unread.Select(p => p.Path));
        Assert.All(unread, p => Assert.Equal(InputStatus.Skipped, p.Status));
        Assert.StartsWith("10 file(s) not read", sink.Problem("host-a/").Reason, StringComparison.Ordinal);
        Assert.StartsWith("30 file(s) not read", sink.Problem("host-b/").Reason, StringComparison.Ordinal);
        Assert.StartsWith("1 file(s) not read", sink.Problem("zz-host/").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tar_whose_evidence_comes_last_still_reads_it_past_the_cap()
    {
        var path = temp.Write("tree.tar", Tar([.. Tree()]));
        var sink = new RecordingSink();

        BundleReader.Read(path, sink, SmallCap, new Detection.EvidencePaths(Detection.ParserRegistry.Default).Of);

        Assert.Contains("zz-host/var/log/kern.log", sink.EntryPaths);
        Assert.Equal(21, sink.Entries.Count);
        Assert.StartsWith("10 file(s) not read", sink.Problem("host-a/").Reason, StringComparison.Ordinal);
        Assert.StartsWith("30 file(s) not read", sink.Problem("host-b/").Reason, StringComparison.Ordinal);
        Assert.StartsWith("1 file(s) not read", sink.Problem("zz-host/").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_ranking_the_cap_would_decide_and_the_evidence_would_be_lost()
    {
        // The same tar read with every path ranked alike: the case this ranking exists for.
        var path = temp.Write("tree.tar", Tar([.. Tree()]));
        var sink = new RecordingSink();

        BundleReader.Read(path, sink, SmallCap);

        Assert.DoesNotContain("zz-host/var/log/kern.log", sink.EntryPaths);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void The_verdict_of_a_shuffled_tar_does_not_depend_on_entry_order(int seed)
    {
        var ordered = Tree();
        var shuffled = ordered.OrderBy(_ => 0).ToArray();
        new Random(seed).Shuffle(shuffled);
        var inOrder = Analysis.Run(temp.Write($"ordered-{seed}.tar", Tar([.. ordered])), ShippedRules.Rules, SmallCap);
        var reordered = Analysis.Run(temp.Write($"shuffled-{seed}.tar", Tar(shuffled)), ShippedRules.Rules, SmallCap);

        Assert.Equal("kernel-crash", inOrder.Verdict);
        Assert.Equal(inOrder.Verdict, reordered.Verdict);
        // Evidence does not count against the general cap, so how much is left unread does not depend on order either.
        Assert.Equal(inOrder.Unread.Sum(u => u.Files), reordered.Unread.Sum(u => u.Files));
        Assert.Contains("41 file(s) were not read (entry cap 20): ", reordered.VerdictReason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_says_what_was_not_read_in_the_verdict_and_in_the_inventory()
    {
        var report = Analysis.Run(temp.Write("tree.tar", Tar([.. Tree()])), ShippedRules.Rules, SmallCap);

        Assert.EndsWith(" 41 file(s) were not read (entry cap 20): host-b/ (30), host-a/ (10), zz-host/ (1).", report.VerdictReason, StringComparison.Ordinal);
        var folder = Assert.Single(report.Inputs, i => i.Path == "host-b/");
        Assert.Equal(InputStatus.Skipped, folder.Status);
        Assert.StartsWith("30 file(s) not read: the entry cap of 20 entries was reached", Assert.Single(folder.Problems), StringComparison.Ordinal);
        // One row per folder, not one per unread file.
        Assert.DoesNotContain(report.Inputs, i => i.Path.StartsWith("host-b/etc/", StringComparison.Ordinal) && i.Status == InputStatus.Skipped);
    }
}
