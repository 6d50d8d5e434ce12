using Analyzer.Bundles;
using Analyzer.Inventory;
using static Analyzer.Tests.Bundles.TestBundles;

namespace Analyzer.Tests.Bundles;

public sealed class DamagedArchiveTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    private RecordingSink ReadBundle(string path)
    {
        var before = temp.Snapshot();
        var sink = new RecordingSink();
        BundleReader.Read(path, sink);
        Assert.Equal(before, temp.Snapshot());
        return sink;
    }

    private static byte[] ThreeMemberTar() =>
        Tar(("a.log", Utf8("complete")), ("b.bin", RandomBytes(200_000)), ("c.log", Utf8("never reached")));

    [Fact]
    public void Truncated_tar_gz_delivers_earlier_entries_then_marks_the_cut_entry_and_archive()
    {
        var whole = Gzip(ThreeMemberTar());
        var path = temp.Write("bundle.tar.gz", whole[..(whole.Length / 2)]);

        var sink = ReadBundle(path);

        Assert.Equal(["a.log", "b.bin"], sink.EntryPaths);
        Assert.Equal("complete", sink.Text("a.log"));
        var cut = sink.Entry("b.bin").Content;
        Assert.InRange(cut.Length, 1, 199_999);
        Assert.Equal(RandomBytes(200_000)[..cut.Length], cut);

        var entryProblem = sink.Problem("b.bin");
        Assert.Equal(InputStatus.Partial, entryProblem.Status);
        Assert.StartsWith("content cut short: ", entryProblem.Reason, StringComparison.Ordinal);

        var archiveProblem = sink.Problem("bundle.tar.gz");
        Assert.Equal(InputStatus.Failed, archiveProblem.Status);
        Assert.StartsWith(
            "archive is truncated or corrupt after 2 entries (at about byte ", archiveProblem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Truncated_plain_tar_is_reported_the_same_way()
    {
        var whole = ThreeMemberTar();
        var path = temp.Write("bundle.tar", whole[..100_000]);

        var sink = ReadBundle(path);

        Assert.Equal(["a.log", "b.bin"], sink.EntryPaths);
        Assert.Equal(InputStatus.Partial, sink.Problem("b.bin").Status);
        Assert.Equal(InputStatus.Failed, sink.Problem("bundle.tar").Status);
    }

    [Fact]
    public void Truncated_tar_gz_nested_in_a_tar_fails_the_nested_archive_and_the_rest_goes_on()
    {
        var whole = Gzip(ThreeMemberTar());
        var path = temp.Write("bundle.tar", Tar(("inner.tgz", whole[..(whole.Length / 2)]), ("after.log", Utf8("after"))));

        var sink = ReadBundle(path);

        Assert.Equal([("inner.tgz", "tar.gz")], sink.Archives);
        Assert.Equal("complete", sink.Text("inner.tgz/a.log"));
        Assert.Equal(InputStatus.Failed, sink.Problem("inner.tgz").Status);
        Assert.Equal("after", sink.Text("after.log"));
    }

    [Fact]
    public void Corrupted_deflate_data_is_reported_without_an_exception()
    {
        var bytes = Gzip(Tar(("a.log", RandomBytes(50_000))));
        for (var i = 100; i < 400; i++)
        {
            bytes[i] ^= 0x5a;
        }

        var path = temp.Write("bundle.tar.gz", bytes);

        var sink = ReadBundle(path);

        Assert.Equal(InputStatus.Failed, sink.Problem("bundle.tar.gz").Status);
    }

    [Theory]
    [InlineData("bundle.tar.gz")]
    [InlineData("bundle.tar.xz")]
    [InlineData("bundle.zip")]
    [InlineData("bundle.tar")]
    public void Random_bytes_with_an_archive_extension_fail_without_an_exception(string fileName)
    {
        var path = temp.Write(fileName, RandomBytes(4096));

        var sink = ReadBundle(path);

        Assert.Empty(sink.Entries);
        var problem = Assert.Single(sink.Problems);
        Assert.Equal(fileName, problem.Path);
        Assert.Equal(InputStatus.Failed, problem.Status);
    }

    [Fact]
    public void Zip_with_a_truncated_central_directory_fails()
    {
        var whole = Zip(("a.log", Utf8("a")));
        var path = temp.Write("bundle.zip", whole[..^10]);

        var sink = ReadBundle(path);

        Assert.Equal(InputStatus.Failed, sink.Problem("bundle.zip").Status);
    }

    [Fact]
    public void Empty_tar_gz_fails_as_not_gzip()
    {
        var path = temp.Write("empty.tar.gz", []);

        var sink = ReadBundle(path);

        Assert.Empty(sink.Entries);
        Assert.Equal(InputStatus.Failed, sink.Problem("empty.tar.gz").Status);
    }
}
