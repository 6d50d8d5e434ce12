using System.Formats.Tar;
using Analyzer.Bundles;
using static Analyzer.Tests.Bundles.TestBundles;

namespace Analyzer.Tests.Bundles;

public sealed class BundleKindsTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    private RecordingSink ReadBundle(string path, BundleLimits? limits = null, int? readAtMost = null)
    {
        var before = temp.Snapshot();
        var sink = new RecordingSink(readAtMost);
        BundleReader.Read(path, sink, limits);
        Assert.Equal(before, temp.Snapshot());
        return sink;
    }

    [Fact]
    public void Directory_bundle_lists_files_recursively_with_slash_paths()
    {
        temp.Write("bundle/app.log", Utf8("hello"));
        temp.Write("bundle/node-1/goroutines.txt", Utf8("goroutine 1 [running]:"));
        Directory.CreateDirectory(Path.Combine(temp.Root, "bundle", "empty"));

        var sink = ReadBundle(Path.Combine(temp.Root, "bundle"));

        Assert.Equal(["app.log", "node-1/goroutines.txt"], sink.EntryPaths);
        Assert.Equal("hello", sink.Text("app.log"));
        Assert.Equal(5, sink.Entry("app.log").Size);
        Assert.Empty(sink.Problems);
        Assert.Empty(sink.Archives);
    }

    [Fact]
    public void Plain_tar_is_read_by_magic_even_without_extension()
    {
        var path = temp.Write("bundle.bin", Tar(("./logs/app.log", Utf8("a")), ("logs//b.log", Utf8("bb"))));

        var sink = ReadBundle(path);

        Assert.Equal(["logs/app.log", "logs/b.log"], sink.EntryPaths);
        Assert.Equal("bb", sink.Text("logs/b.log"));
        Assert.Empty(sink.Archives);
    }

    [Theory]
    [InlineData("bundle.tar.gz")]
    [InlineData("bundle.tgz")]
    [InlineData("bundle.zip")] // wrong extension: the magic bytes win
    public void Gzipped_tar_is_read(string fileName)
    {
        var path = temp.Write(fileName, Gzip(Tar(("app.log", Utf8("line 1\nline 2\n")))));

        var sink = ReadBundle(path);

        Assert.Equal("line 1\nline 2\n", sink.Text("app.log"));
        Assert.Empty(sink.Problems);
    }

    [Fact]
    public void Zip_bundle_is_read()
    {
        var path = temp.Write("bundle.zip", Zip(("dir/app.log", Utf8("zip content")), ("other.txt", Utf8("x"))));

        var sink = ReadBundle(path);

        Assert.Equal(["dir/app.log", "other.txt"], sink.EntryPaths);
        Assert.Equal("zip content", sink.Text("dir/app.log"));
        Assert.Empty(sink.Problems);
    }

    [Fact]
    public void Empty_zip_has_no_entries_and_no_problems()
    {
        var path = temp.Write("empty.zip", Zip());

        var sink = ReadBundle(path);

        Assert.Empty(sink.Entries);
        Assert.Empty(sink.Problems);
    }

    [Fact]
    public void Single_plain_file_is_one_entry_named_by_its_file_name()
    {
        var path = temp.Write("goroutines.txt", Utf8("goroutine 1 [running]:\n"));

        var sink = ReadBundle(path);

        Assert.Equal(["goroutines.txt"], sink.EntryPaths);
        Assert.Equal("goroutine 1 [running]:\n", sink.Text("goroutines.txt"));
    }

    [Fact]
    public void Empty_file_is_one_empty_entry()
    {
        var path = temp.Write("empty.log", []);

        var sink = ReadBundle(path);

        Assert.Empty(Assert.Single(sink.Entries).Content);
        Assert.Empty(sink.Problems);
    }

    [Fact]
    public void Single_gz_file_is_one_entry_without_the_gz_suffix()
    {
        var path = temp.Write("app.log.gz", Gzip(Utf8("gzipped log")));

        var sink = ReadBundle(path);

        Assert.Equal(["app.log"], sink.EntryPaths);
        Assert.Equal("gzipped log", sink.Text("app.log"));
        Assert.Empty(sink.Archives);
    }

    [Fact]
    public void Nested_tar_gz_inside_zip_inside_tar_is_opened_all_the_way_down()
    {
        var logs = Gzip(Tar(("app.log", Utf8("deep"))));
        var zip = Zip(("deep/logs.tar.gz", logs), ("readme.txt", Utf8("r")));
        var path = temp.Write("bundle.tar", Tar(("inner.zip", zip), ("top.log", Utf8("top"))));

        var sink = ReadBundle(path);

        Assert.Equal(
            [
                "archive inner.zip zip",
                "archive inner.zip/deep/logs.tar.gz tar.gz",
                "entry inner.zip/deep/logs.tar.gz/app.log",
                "entry inner.zip/readme.txt",
                "entry top.log",
            ],
            sink.Events);
        Assert.Equal("deep", sink.Text("inner.zip/deep/logs.tar.gz/app.log"));
    }

    [Fact]
    public void Nested_plain_gz_yields_one_entry_without_the_suffix()
    {
        var path = temp.Write("bundle.tar", Tar(("logs/app.log.gz", Gzip(Utf8("inner")))));

        var sink = ReadBundle(path);

        Assert.Equal([("logs/app.log.gz", "gz")], sink.Archives);
        Assert.Equal("inner", sink.Text("logs/app.log"));
    }

    [Fact]
    public void Nested_gzip_without_a_suffix_keeps_its_name()
    {
        // kubo's `ipfs diag profile` zips hold gzipped profiles named `cpu.pprof`; old go-ipfs bundles `ipfs.heap`.
        var path = temp.Write("bundle.tar", Tar(("cpu.pprof", Gzip(Utf8("inner"))), ("cpu.pprof", Utf8("again"))));

        var sink = ReadBundle(path);

        Assert.Equal([("cpu.pprof", "gz")], sink.Archives);
        Assert.Equal("inner", sink.Text("cpu.pprof"));
        Assert.Equal(Analyzer.Inventory.InputStatus.Skipped, sink.Problem("cpu.pprof").Status); // the real duplicate still is one
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_not_opened()
    {
        var innermost = Tar(("x.log", Utf8("x")));
        var middle = Tar(("c.tar", innermost));
        var path = temp.Write("bundle.tar", Tar(("b.tar", middle)));

        var sink = ReadBundle(path, new BundleLimits { MaxNestingDepth = 1 });

        Assert.Equal([("b.tar", "tar")], sink.Archives);
        Assert.Empty(sink.Entries);
        Assert.Equal(Analyzer.Inventory.InputStatus.Skipped, sink.Problem("b.tar/c.tar").Status);
    }

    [Fact]
    public void Zip_inside_a_stream_larger_than_the_buffer_cap_is_skipped()
    {
        var zip = Zip(("a.log", RandomBytes(10_000)));
        var path = temp.Write("bundle.tar", Tar(("big.zip", zip), ("after.log", Utf8("after"))));

        var sink = ReadBundle(path, new BundleLimits { MaxBufferedArchiveBytes = 1000 });

        var problem = sink.Problem("big.zip");
        Assert.Equal(Analyzer.Inventory.InputStatus.Skipped, problem.Status);
        Assert.Contains("too large", problem.Reason, StringComparison.Ordinal);
        Assert.Equal("after", sink.Text("after.log"));
    }

    [Fact]
    public void Sink_that_reads_only_part_of_each_entry_still_gets_every_entry()
    {
        var path = temp.Write("bundle.tar.gz", Gzip(Tar(
            ("a.log", RandomBytes(100_000, 1)), ("b.log", RandomBytes(100_000, 2)), ("c.log", Utf8("c")))));

        var sink = ReadBundle(path, readAtMost: 10);

        Assert.Equal(["a.log", "b.log", "c.log"], sink.EntryPaths);
        Assert.Equal(RandomBytes(100_000, 2)[..10], sink.Entry("b.log").Content);
        Assert.Empty(sink.Problems);
    }

    [Fact]
    public void Sink_that_disposes_the_content_does_not_break_the_tar_stream()
    {
        var path = temp.Write("bundle.tar.gz", Gzip(Tar(("a.log", RandomBytes(50_000)), ("b.log", Utf8("b")))));
        var sink = new RecordingSink(readAtMost: 100, disposeContent: true);

        BundleReader.Read(path, sink);

        Assert.Equal("b", sink.Text("b.log"));
        Assert.Empty(sink.Problems);
    }

    [Fact]
    public void Duplicate_member_paths_deliver_the_first_and_skip_the_rest()
    {
        var path = temp.Write("bundle.tar", Tar(("a.log", Utf8("first")), ("./a.log", Utf8("second"))));

        var sink = ReadBundle(path);

        Assert.Equal("first", sink.Text("a.log"));
        var problem = sink.Problem("a.log");
        Assert.Equal(Analyzer.Inventory.InputStatus.Skipped, problem.Status);
        Assert.Contains("duplicate", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Old_style_v7_tar_is_recognised_by_its_checksum()
    {
        var bytes = Tar(writer => writer.WriteEntry(
            new V7TarEntry(TarEntryType.V7RegularFile, "old.log") { DataStream = new MemoryStream(Utf8("v7")) }));
        var path = temp.Write("old.bin", bytes);

        var sink = ReadBundle(path);

        Assert.Equal("v7", sink.Text("old.log"));
    }

    [Fact]
    public void Missing_bundle_path_throws_bundle_exception()
    {
        var exception = Assert.Throws<BundleException>(
            () => BundleReader.Read(Path.Combine(temp.Root, "nope.tar.gz"), new RecordingSink()));

        Assert.Contains("not found", exception.Message, StringComparison.Ordinal);
    }
}
