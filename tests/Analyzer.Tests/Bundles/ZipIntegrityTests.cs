using System.Buffers.Binary;
using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Analyzer.Inventory;
using Analyzer.Tests.BadInput;
using Analyzer.Tests.Support;

namespace Analyzer.Tests.Bundles;

/// <summary>
/// Zip entries are checked against the central directory (size, CRC-32), read independently of each other, and
/// entries that share compressed data are not decompressed again and again.
/// </summary>
public sealed class ZipIntegrityTests
{
    private const uint CentralSignature = 0x02014b50;

    private static byte[] Zip(params (string Name, byte[] Data)[] entries)
    {
        var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, data) in entries)
            {
                using var s = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                s.Write(data);
            }
        return output.ToArray();
    }

    private static byte[] Dump => File.ReadAllBytes(Path.Combine(RepoPaths.Fixtures, "go-nil-panic", "stderr.txt"));

    /// <summary>Offsets of the central directory records, in order.</summary>
    private static List<int> CentralRecords(byte[] zip)
    {
        var at = new List<int>();
        for (var i = 0; i + 4 <= zip.Length; i++)
            if (BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(i)) == CentralSignature)
                at.Add(i);
        return at;
    }

    private static FullRun Run(TempDirectory dir, byte[] zip) => FullRun.Of(dir.Write("bundle.zip", zip));

    [Fact]
    public void A_wrong_crc_is_reported_on_the_entry()
    {
        var zip = Zip(("stderr.txt", Dump));
        zip[CentralRecords(zip)[0] + 16] ^= 0xFF; // the central directory's CRC-32
        using var dir = new TempDirectory();
        var entry = Run(dir, zip).Input("stderr.txt");
        Assert.Equal(InputStatus.Partial, entry.Status);
        Assert.Contains(entry.Problems, p => p.Contains("fails its CRC-32 check", StringComparison.Ordinal));
    }

    [Fact]
    public void A_declared_size_smaller_than_the_data_is_reported_not_quietly_cut()
    {
        var zip = Zip(("stderr.txt", Dump));
        var record = CentralRecords(zip)[0];
        BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(record + 24), (uint)(Dump.Length / 2)); // uncompressed size
        using var dir = new TempDirectory();
        var entry = Run(dir, zip).Input("stderr.txt");
        Assert.Equal(InputStatus.Partial, entry.Status);
        Assert.Contains(entry.Problems, p => p.Contains("CRC-32", StringComparison.Ordinal));
    }

    [Fact]
    public void A_corrupt_entry_does_not_end_the_archive()
    {
        var zip = Zip(("a.txt", Dump), ("b.txt", Dump), ("c.txt", Dump));
        // Garble the middle of a.txt's compressed data (it follows its 30-byte local header and 5-byte name).
        for (var i = 60; i < 120; i++)
            zip[i] ^= 0x5A;
        using var dir = new TempDirectory();
        var run = Run(dir, zip);
        Assert.NotEqual(InputStatus.Parsed, run.Input("a.txt").Status);
        Assert.NotEmpty(run.Input("a.txt").Problems);
        Assert.Equal(InputStatus.Parsed, run.Input("b.txt").Status);
        Assert.Equal(InputStatus.Parsed, run.Input("c.txt").Status);
        Assert.DoesNotContain(run.Report.Inputs, i => i.Path == "bundle.zip" && i.Status == InputStatus.Failed);
    }

    [Fact]
    public void Entries_sharing_one_member_are_bounded()
    {
        // One 16 MB text member and 1,000 central directory records that all point at it: formerly 112 s and 1.2 GB.
        var text = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("hello world log line\n", 800 * 1024)));
        var zip = Zip(("a.txt", text));
        var records = CentralRecords(zip);
        // One entry: its central directory (size at offset 12 of the 22-byte end record) is its one record.
        var centralSize = (int)BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(zip.Length - 22 + 12));
        var record = zip.AsSpan(records[0], centralSize).ToArray();
        var body = zip.AsSpan(0, records[0]).ToArray();
        var central = new MemoryStream();
        for (var i = 0; i < 1_000; i++)
            central.Write(record); // same name each time is a duplicate; the data sharing is what is bounded
        var eocd = new byte[22];
        BinaryPrimitives.WriteUInt32LittleEndian(eocd, 0x06054b50);
        BinaryPrimitives.WriteUInt16LittleEndian(eocd.AsSpan(8), 1_000);
        BinaryPrimitives.WriteUInt16LittleEndian(eocd.AsSpan(10), 1_000);
        BinaryPrimitives.WriteUInt32LittleEndian(eocd.AsSpan(12), (uint)central.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(eocd.AsSpan(16), (uint)body.Length);
        using var dir = new TempDirectory();

        var clock = Stopwatch.StartNew();
        var run = Run(dir, [.. body, .. central.ToArray(), .. eocd]);
        Assert.InRange(clock.Elapsed.TotalSeconds, 0, 10);

        // The records that fit the archive's size were read (the first; the rest repeat its name); the others not.
        Assert.Equal(InputStatus.Skipped, run.Input("a.txt").Status);
        Assert.Contains(run.Report.Inputs.SelectMany(i => i.Problems), p => p.Contains("zip entries share data", StringComparison.Ordinal));
    }
}
