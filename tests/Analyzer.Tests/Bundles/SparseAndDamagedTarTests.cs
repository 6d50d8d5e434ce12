using System.Formats.Tar;
using System.Text;
using Analyzer.Bundles;
using Analyzer.Inventory;
using static Analyzer.Tests.Bundles.GnuTarBlocks;
using static Analyzer.Tests.Bundles.TestBundles;

namespace Analyzer.Tests.Bundles;

/// <summary>
/// Issue 14's per-entry recovery in tar streams: a sparse entry (GNU 'S', PAX 0.1 and 1.0) is expanded and the entries
/// after it are still read; a .tar.xz damaged part-way keeps what decoded and says where decoding failed.
/// </summary>
public sealed class SparseAndDamagedTarTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    private RecordingSink Read(string fileName, byte[] bytes)
    {
        var sink = new RecordingSink();
        BundleReader.Read(temp.Write(fileName, bytes), sink);
        return sink;
    }

    /// <summary>"hello" at 0, "world!" at 2048, zeros up to 3000 bytes: the file a sparse map of two segments describes.</summary>
    private static byte[] Expanded()
    {
        var expanded = new byte[3000];
        Utf8("hello").CopyTo(expanded, 0);
        Utf8("world!").CopyTo(expanded, 2048);
        return expanded;
    }

    private static readonly (long, long)[] TwoSegments = [(0, 5), (2048, 6)];

    private static byte[] Before() => WithoutEnd(Tar(("before.log", Utf8("before"))));

    private static byte[] After() => Tar(("after.log", Utf8("after")));

    [Fact]
    public void Gnu_sparse_entry_is_expanded_and_the_entries_after_it_are_read()
    {
        var sparse = SparseEntry("sparse.log", 3000, TwoSegments, Utf8("helloworld!"));

        var sink = Read("bundle.tar", [.. Before(), .. sparse, .. After()]);

        Assert.Equal(["before.log", "sparse.log", "after.log"], sink.EntryPaths);
        Assert.Equal(Expanded(), sink.Entry("sparse.log").Content);
        Assert.Equal(3000, sink.Entry("sparse.log").Size);
        Assert.Equal("after", sink.Text("after.log"));
        Assert.Empty(sink.Problems);
    }

    [Fact]
    public void Gnu_sparse_map_in_extension_blocks_is_followed()
    {
        // 30 one-byte segments 100 bytes apart: four in the header, 21 in the first extension block, 5 in the second.
        var map = Enumerable.Range(0, 30).Select(i => ((long)i * 100, 1L)).ToArray();
        var stored = Enumerable.Range(0, 30).Select(i => (byte)('A' + (i % 26))).ToArray();

        var sink = Read("bundle.tar", [.. SparseEntry("many.bin", 3000, map, stored), .. After()]);

        var content = sink.Entry("many.bin").Content;
        Assert.Equal(3000, content.Length);
        Assert.All(Enumerable.Range(0, 30), i => Assert.Equal(stored[i], content[i * 100]));
        Assert.Equal(30, content.Count(b => b != 0));
        Assert.Equal("after", sink.Text("after.log"));
    }

    [Fact]
    public void Gnu_sparse_map_that_does_not_match_its_data_is_skipped_with_the_reason_and_reading_goes_on()
    {
        // The map promises 11 stored bytes; the entry stores 20.
        var sparse = SparseEntry("bad.log", 3000, TwoSegments, new byte[20]);

        var sink = Read("bundle.tar", [.. Before(), .. sparse, .. After()]);

        Assert.Equal(["before.log", "after.log"], sink.EntryPaths);
        var problem = sink.Problem("bad.log");
        Assert.Equal(InputStatus.Skipped, problem.Status);
        Assert.Contains("sparse map", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Gnu_sparse_entry_cut_off_in_its_data_is_partial_and_the_archive_failed()
    {
        var sparse = SparseEntry("sparse.log", 3000, TwoSegments, Utf8("helloworld!"));
        var bytes = (byte[])[.. Before(), .. sparse[..(Block + 7)]];

        var sink = Read("bundle.tar", bytes);

        Assert.Equal("before", sink.Text("before.log"));
        Assert.Equal(InputStatus.Partial, sink.Problem("sparse.log").Status);
        Assert.Equal(InputStatus.Failed, sink.Problem("bundle.tar").Status);
    }

    [Fact]
    public void Pax_sparse_1_0_entry_is_expanded_under_its_real_name()
    {
        var map = Encoding.ASCII.GetBytes("2\n0\n5\n2048\n6\n");
        byte[] data = [.. map, .. new byte[Padding(map.Length)], .. Utf8("helloworld!")];
        var attributes = new Dictionary<string, string>
        {
            ["GNU.sparse.major"] = "1",
            ["GNU.sparse.minor"] = "0",
            ["GNU.sparse.name"] = "logs/sparse.log",
            ["GNU.sparse.realsize"] = "3000",
        };
        var tar = Tar(writer =>
        {
            writer.WriteEntry(File("before.log", Utf8("before")));
            writer.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, "logs/GNUSparseFile.0/sparse.log", attributes)
            {
                DataStream = new MemoryStream(data),
            });
            writer.WriteEntry(File("after.log", Utf8("after")));
        });

        var sink = Read("bundle.tar", tar);

        Assert.Equal(["before.log", "logs/sparse.log", "after.log"], sink.EntryPaths);
        Assert.Equal(Expanded(), sink.Entry("logs/sparse.log").Content);
        Assert.Empty(sink.Problems);
    }

    [Fact]
    public void Pax_sparse_0_1_entry_is_expanded()
    {
        var attributes = new Dictionary<string, string>
        {
            ["GNU.sparse.map"] = "0,5,2048,6",
            ["GNU.sparse.size"] = "3000",
            ["GNU.sparse.name"] = "sparse.log",
        };
        var tar = Tar(writer =>
        {
            writer.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, "GNUSparseFile.0/sparse.log", attributes)
            {
                DataStream = new MemoryStream(Utf8("helloworld!")),
            });
            writer.WriteEntry(File("after.log", Utf8("after")));
        });

        var sink = Read("bundle.tar", tar);

        Assert.Equal(Expanded(), sink.Entry("sparse.log").Content);
        Assert.Equal("after", sink.Text("after.log"));
    }

    [Fact]
    public void Pax_sparse_entry_with_a_garbled_map_is_skipped_and_reading_goes_on()
    {
        var attributes = new Dictionary<string, string>
        {
            ["GNU.sparse.map"] = "0,5,zz",
            ["GNU.sparse.size"] = "3000",
        };
        var tar = Tar(writer =>
        {
            writer.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, "s.log", attributes)
            {
                DataStream = new MemoryStream(Utf8("helloworld!")),
            });
            writer.WriteEntry(File("after.log", Utf8("after")));
        });

        var sink = Read("bundle.tar", tar);

        Assert.Equal(["after.log"], sink.EntryPaths);
        Assert.Equal(InputStatus.Skipped, sink.Problem("s.log").Status);
        Assert.Contains("sparse map", sink.Problem("s.log").Reason, StringComparison.Ordinal);
    }

    /// <summary>Text that compresses like a log: the decoder has real work to do before and after the damage.</summary>
    private static byte[] LogLines(int count, int seed)
    {
        var random = new Random(seed);
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            text.Append("line ").Append(i).Append(' ').Append(random.Next()).Append(' ').Append(random.Next()).Append('\n');
        }

        return Utf8(text.ToString());
    }

    [Fact]
    public void Tar_xz_corrupted_three_quarters_in_keeps_what_decoded_and_names_the_offset()
    {
        var first = LogLines(2000, 1);
        var big = LogLines(20_000, 2);
        var xz = XzEncoder.Compress(Tar(("first.log", first), ("big.log", big), ("last.log", Utf8("last"))));
        var at = xz.Length * 3 / 4;
        for (var i = at; i < at + 64; i++)
        {
            xz[i] ^= 0x55;
        }

        var sink = Read("bundle.tar.xz", xz);

        Assert.Equal(first, sink.Entry("first.log").Content);
        var kept = sink.Entry("big.log").Content;
        Assert.True(CommonPrefix(big, kept) > big.Length / 2, $"only {CommonPrefix(big, kept)} of {big.Length} bytes kept");
        Assert.Equal(InputStatus.Partial, sink.Problem("big.log").Status);
        Assert.DoesNotContain("last.log", sink.EntryPaths);
        var archive = sink.Problem("bundle.tar.xz");
        Assert.Equal(InputStatus.Failed, archive.Status);
        Assert.Contains("xz data is corrupt at about byte ", archive.Reason, StringComparison.Ordinal);
    }

    private static int CommonPrefix(byte[] expected, byte[] actual) =>
        expected.AsSpan().CommonPrefixLength(actual);

    [Fact]
    public void Small_tar_xz_corrupted_three_quarters_in_keeps_the_bytes_decoded_before_the_damage()
    {
        // Small enough that the damage is met within the decoder's first output buffer: what it decoded in that same
        // call must reach the reader rather than be dropped with the error (the "first 23 KB decode fine").
        var log = LogLines(1200, 3);
        var xz = XzEncoder.Compress(Tar(("app.log", log)));
        var at = xz.Length * 3 / 4;
        for (var i = at; i < at + 16; i++)
        {
            xz[i] ^= 0x55;
        }

        var sink = Read("small.tar.xz", xz);

        var kept = sink.Entry("app.log").Content;
        // LZMA notices damage some bytes after it decodes wrongly: the kept head is right, its very end may not be.
        Assert.True(CommonPrefix(log, kept) > log.Length / 2, $"only {CommonPrefix(log, kept)} of {log.Length} bytes kept");
        Assert.Equal(InputStatus.Partial, sink.Problem("app.log").Status);
        Assert.Contains("at about byte ", sink.Problem("small.tar.xz").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Tar_xz_cut_mid_way_keeps_what_decoded()
    {
        var first = LogLines(2000, 1);
        var big = LogLines(20_000, 2);
        var xz = XzEncoder.Compress(Tar(("first.log", first), ("big.log", big)));

        var sink = Read("bundle.tar.xz", xz[..(xz.Length * 3 / 4)]);

        Assert.Equal(first, sink.Entry("first.log").Content);
        var kept = sink.Entry("big.log").Content;
        Assert.True(kept.Length > big.Length / 2, $"only {kept.Length} of {big.Length} bytes kept");
        Assert.Equal(InputStatus.Partial, sink.Problem("big.log").Status);
        Assert.Contains("truncated", sink.Problem("bundle.tar.xz").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Tar_gz_cut_mid_entry_keeps_the_entry_partial()
    {
        var big = LogLines(20_000, 2);
        var gz = Gzip(Tar(("first.log", Utf8("first")), ("big.log", big)));

        var sink = Read("bundle.tar.gz", gz[..(gz.Length / 2)]);

        Assert.Equal("first", sink.Text("first.log"));
        Assert.InRange(sink.Entry("big.log").Content.Length, 1, big.Length - 1);
        Assert.Equal(InputStatus.Partial, sink.Problem("big.log").Status);
        Assert.Equal(InputStatus.Failed, sink.Problem("bundle.tar.gz").Status);
    }
}
