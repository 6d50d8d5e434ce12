using System.Formats.Tar;
using Analyzer.Bundles;
using Analyzer.Inventory;
using static Analyzer.Tests.Bundles.TestBundles;

namespace Analyzer.Tests.Bundles;

/// <summary>Reads the committed .xz samples in data/ (see its README for how they were made).</summary>
public sealed class XzBundleTests
{
    private const int BigFileLength = 308_894;

    [Fact]
    public void Tar_xz_bundle_is_decoded_through_liblzma()
    {
        var sink = new RecordingSink();

        BundleReader.Read(DataFile("bundle.tar.xz"), sink);

        Assert.Equal(["logs/app.log", "logs/big.txt"], sink.EntryPaths);
        Assert.Equal("first line\nsecond line\n", sink.Text("logs/app.log"));
        var big = sink.Text("logs/big.txt");
        Assert.Equal(BigFileLength, big.Length);
        Assert.EndsWith("goroutine 20000\n", big, StringComparison.Ordinal);
        Assert.Empty(sink.Problems);
    }

    [Fact]
    public void Single_xz_file_is_one_entry_without_the_suffix()
    {
        var sink = new RecordingSink();

        BundleReader.Read(DataFile("note.log.xz"), sink);

        Assert.Equal("hello from xz\n", sink.Text("note.log"));
    }

    [Fact]
    public void Truncated_tar_xz_yields_what_was_readable_and_fails_the_archive()
    {
        var sink = new RecordingSink();

        BundleReader.Read(DataFile("truncated.tar.xz"), sink);

        Assert.Equal("first line\nsecond line\n", sink.Text("logs/app.log"));
        Assert.InRange(sink.Entry("logs/big.txt").Content.Length, 1, BigFileLength - 1);
        Assert.Equal(InputStatus.Partial, sink.Problem("logs/big.txt").Status);
        var archive = sink.Problem("truncated.tar.xz");
        Assert.Equal(InputStatus.Failed, archive.Status);
        Assert.Contains("truncated", archive.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Tar_xz_nested_in_a_tar_is_announced_and_opened()
    {
        var nested = System.IO.File.ReadAllBytes(DataFile("bundle.tar.xz"));
        var sink = new RecordingSink();
        using var temp = new TempDirectory();
        var path = temp.Write("outer.tar", Tar(writer => writer.WriteEntry(File("node/logs.tar.xz", nested))));

        BundleReader.Read(path, sink);

        Assert.Equal([("node/logs.tar.xz", "tar.xz")], sink.Archives);
        Assert.Equal("first line\nsecond line\n", sink.Text("node/logs.tar.xz/logs/app.log"));
    }

    [Fact]
    public void Decoder_reports_corrupt_data_as_invalid_data()
    {
        var bytes = System.IO.File.ReadAllBytes(DataFile("bundle.tar.xz"));
        for (var i = 200; i < 300; i++)
        {
            bytes[i] ^= 0xff;
        }

        using var decoder = new XzDecompressionStream(new MemoryStream(bytes));

        Assert.Throws<InvalidDataException>(() => decoder.CopyTo(Stream.Null));
    }

    [Fact]
    public void Decoder_reports_truncation_as_end_of_stream()
    {
        using var decoder = new XzDecompressionStream(System.IO.File.OpenRead(DataFile("truncated.tar.xz")));

        Assert.Throws<EndOfStreamException>(() => decoder.CopyTo(Stream.Null));
    }

    [Fact]
    public void Decoder_reads_concatenated_streams_as_one()
    {
        var note = System.IO.File.ReadAllBytes(DataFile("note.log.xz"));
        using var decoder = new XzDecompressionStream(new MemoryStream([.. note, .. note]));
        using var reader = new StreamReader(decoder);

        Assert.Equal("hello from xz\nhello from xz\n", reader.ReadToEnd());
    }

    [Fact]
    public void Tar_written_by_dotnet_survives_a_round_trip_through_the_sniffer()
    {
        var tar = Tar(writer => writer.WriteEntry(new UstarTarEntry(TarEntryType.RegularFile, "x") { DataStream = new MemoryStream([1]) }));

        Assert.True(ContainerSniffer.LooksLikeTar(tar));
    }
}
