using System.IO.Compression;
using Analyzer.Inventory;
using Analyzer.Tests.BadInput;
using Analyzer.Tests.Support;

namespace Analyzer.Tests.Bundles;

/// <summary>
/// A single .gz is checked against its trailer (CRC-32 and size): GZipStream ends quietly on a cut, so a truncated
/// dump was read as complete and the verdict could turn `healthy`; a bad CRC surfaced as "unsupported compression
/// method" on the archive while the member stayed `parsed`.
/// </summary>
public sealed class GzipIntegrityTests
{
    private static byte[] Gzip(byte[] raw)
    {
        var output = new MemoryStream();
        using (var gz = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
            gz.Write(raw);
        return output.ToArray();
    }

    private static byte[] Fixture(string dir, string file) => File.ReadAllBytes(Path.Combine(RepoPaths.Fixtures, dir, file));

    [Fact]
    public void A_truncated_single_gz_is_partial_with_its_reason_and_never_healthy()
    {
        // The healthy service's goroutine profile, gzipped and cut at two thirds: what decodes looks complete.
        var gz = Gzip(Fixture("go-healthy", "goroutine-debug1.txt"));
        using var dir = new TempDirectory();
        var path = dir.Write("goroutine-debug1.txt.gz", gz[..(gz.Length * 2 / 3)]);

        var run = FullRun.Of(path);

        var member = run.Input("goroutine-debug1.txt");
        Assert.Equal(InputStatus.Partial, member.Status);
        Assert.Contains(member.Problems, p => p.Contains("gzip data cut off or damaged: the trailer at byte", StringComparison.Ordinal));
        Assert.NotEqual("healthy", run.Report.Verdict);
    }

    [Fact]
    public void A_gz_cut_inside_its_first_bytes_still_delivers_them()
    {
        var gz = Gzip(Fixture("go-nil-panic", "stderr.txt"));
        using var dir = new TempDirectory();
        var path = dir.Write("stderr.txt.gz", gz[..(gz.Length / 3)]);
        var member = FullRun.Of(path).Input("stderr.txt");
        Assert.NotEqual(InputStatus.Parsed, member.Status); // too little to recognise, but listed with why
        Assert.Contains(member.Problems, p => p.Contains("content cut short: gzip data cut off", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bad_crc_marks_the_member_and_names_the_fault()
    {
        var gz = Gzip(Fixture("go-nil-panic", "stderr.txt"));
        gz[^8] ^= 0xFF; // the trailer's CRC-32
        using var dir = new TempDirectory();
        var path = dir.Write("stderr.txt.gz", gz);

        var run = FullRun.Of(path);

        var member = run.Input("stderr.txt");
        Assert.Equal(InputStatus.Partial, member.Status);
        Assert.Contains(member.Problems, p => p.Contains("bad deflate data or a CRC mismatch", StringComparison.Ordinal));
        Assert.All(run.Report.Inputs.SelectMany(i => i.Problems), p => Assert.DoesNotContain("unsupported compression method", p, StringComparison.Ordinal));
    }

    [Fact]
    public void A_wrong_size_in_the_trailer_is_reported_too()
    {
        var gz = Gzip(Fixture("go-nil-panic", "stderr.txt"));
        gz[^1] ^= 0x01; // ISIZE's top byte: zlib checks only the CRC; the trailer check catches the size
        using var dir = new TempDirectory();
        var member = FullRun.Of(dir.Write("stderr.txt.gz", gz)).Input("stderr.txt");
        Assert.Equal(InputStatus.Partial, member.Status);
    }

    [Fact]
    public void An_intact_gz_passes_the_check()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("stderr.txt.gz", Gzip(Fixture("go-nil-panic", "stderr.txt")));
        var run = FullRun.Of(path);
        Assert.Equal(InputStatus.Parsed, run.Input("stderr.txt").Status);
        Assert.Empty(run.Report.Inputs.SelectMany(i => i.Problems));
    }
}
