using System.Diagnostics;
using Analyzer.Bundles;
using Analyzer.Inventory;
using static Analyzer.Tests.Bundles.TestBundles;

namespace Analyzer.Tests.Bundles;

public sealed class LimitTests : IDisposable
{
    private const int OneMiB = 1 << 20;
    private const int FiftyMiB = 50 << 20;

    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    private static RecordingSink Read(string path, BundleLimits limits)
    {
        var sink = new RecordingSink();
        BundleReader.Read(path, sink, limits);
        return sink;
    }

    [Fact]
    public void Gzip_bomb_is_cut_at_the_entry_cap_quickly_and_in_bounded_memory()
    {
        var path = temp.Write("bomb.log.gz", Gzip(new byte[FiftyMiB]));
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();

        var sink = Read(path, new BundleLimits { MaxEntryBytes = OneMiB });

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - allocatedBefore < 16 * OneMiB, "allocation not bounded");
        Assert.Equal(OneMiB, sink.Entry("bomb.log").Content.Length);
        var problem = sink.Problem("bomb.log");
        Assert.Equal(InputStatus.Partial, problem.Status);
        Assert.Equal($"entry is larger than {OneMiB} bytes; only the first {OneMiB} were read", problem.Reason);
    }

    [Fact]
    public void Gzip_bomb_inside_a_tar_is_skipped_past_so_later_entries_still_arrive()
    {
        var path = temp.Write("bundle.tar.gz", Gzip(Tar(("bomb.bin", new byte[FiftyMiB]), ("after.log", Utf8("after")))));

        var sink = Read(path, new BundleLimits { MaxEntryBytes = OneMiB });

        Assert.Equal(OneMiB, sink.Entry("bomb.bin").Content.Length);
        Assert.Equal(FiftyMiB, sink.Entry("bomb.bin").Size);
        Assert.Equal(InputStatus.Partial, sink.Problem("bomb.bin").Status);
        Assert.Equal("after", sink.Text("after.log"));
    }

    [Fact]
    public void Entry_of_exactly_the_cap_is_not_partial()
    {
        var path = temp.Write("bundle.tar", Tar(("exact.bin", new byte[1000])));

        var sink = Read(path, new BundleLimits { MaxEntryBytes = 1000 });

        Assert.Equal(1000, sink.Entry("exact.bin").Content.Length);
        Assert.Empty(sink.Problems);
    }

    [Fact]
    public void Entries_past_the_entry_count_cap_are_counted_not_listed()
    {
        var files = Enumerable.Range(0, 10).Select(i => ($"f{i}.cfg", Utf8($"{i}"))).ToArray();
        var path = temp.Write("bundle.tar", Tar(files));

        var sink = Read(path, new BundleLimits { MaxEntries = 3 });

        Assert.Equal(["f0.cfg", "f1.cfg", "f2.cfg"], sink.EntryPaths);
        // Files at the root are counted under the bundle's name, in one problem rather than seven.
        var problem = Assert.Single(sink.Problems);
        Assert.Equal(("bundle.tar", InputStatus.Skipped), (problem.Path, problem.Status));
        Assert.StartsWith("7 file(s) not read: the entry cap of 3 entries was reached", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Many_skipped_entries_end_in_one_count_per_top_level_folder()
    {
        var files = Enumerable.Range(0, 250).Select(i => ($"{(i < 100 ? "a" : "b")}/f{i:000}.cfg", Utf8("x"))).ToArray();
        var path = temp.Write("bundle.zip", Zip(files));

        var sink = Read(path, new BundleLimits { MaxEntries = 5 });

        Assert.Equal(5, sink.Entries.Count);
        Assert.Equal(2, sink.Problems.Count);
        Assert.StartsWith("95 file(s) not read", sink.Problem("a/").Reason, StringComparison.Ordinal);
        Assert.StartsWith("150 file(s) not read", sink.Problem("b/").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Total_size_cap_cuts_an_entry_and_stops_the_archive()
    {
        var files = Enumerable.Range(0, 5).Select(i => ($"f{i}.bin", new byte[1000])).ToArray();
        var path = temp.Write("bundle.tar", Tar(files));

        var sink = Read(path, new BundleLimits { MaxTotalBytes = 2500 });

        Assert.Equal(["f0.bin", "f1.bin", "f2.bin"], sink.EntryPaths);
        Assert.Equal(500, sink.Entry("f2.bin").Content.Length);
        Assert.Contains("total size limit", sink.Problem("f2.bin").Reason, StringComparison.Ordinal);
        var stop = sink.Problem("bundle.tar");
        Assert.Equal(InputStatus.Skipped, stop.Status);
        Assert.Contains("the rest of this archive was not read", stop.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Total_size_cap_in_a_directory_skips_the_remaining_files()
    {
        for (var i = 0; i < 4; i++)
        {
            temp.Write($"bundle/f{i}.bin", new byte[1000]);
        }

        var sink = Read(Path.Combine(temp.Root, "bundle"), new BundleLimits { MaxTotalBytes = 2000 });

        Assert.Equal(["f0.bin", "f1.bin"], sink.EntryPaths);
        Assert.Equal(InputStatus.Skipped, sink.Problem("f2.bin").Status);
        Assert.Equal(InputStatus.Skipped, sink.Problem("f3.bin").Status);
    }
}
