using System.Formats.Tar;
using System.IO.Compression;
using System.Text;
using Analyzer.Inventory;
using Analyzer.Pipeline;
using Analyzer.Reporting;
using Analyzer.Tests.Support;

namespace Analyzer.Tests.BadInput;

/// <summary>
/// Hostile and garbled bundles through the whole pipeline: no crash, nothing written outside the output, and every
/// entry in the inventory with its reason.
/// </summary>
public sealed class HostileBundleTests : IDisposable
{
    private const string CrlfDump = "goroutine 1 [chan receive, 3 minutes]:\r\nmain.main()\r\n\t/app/main.go:9 +0x1d\r\n\r\n";

    private readonly string _dir = Directory.CreateTempSubdirectory("triage-hostile-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Hostile_entries_are_listed_and_never_followed_or_written()
    {
        var bundle = Path.Combine(_dir, "bundle.tar.gz");
        using (var file = File.Create(bundle))
        using (var gz = new GZipStream(file, CompressionLevel.Fastest))
        using (var tar = new TarWriter(gz, TarEntryFormat.Pax))
        {
            Add(tar, "../../escape.txt", "goroutine 1 [running]:\nmain.main()\n\t/a.go:1 +0x1\n");
            Add(tar, "/etc/absolute.txt", "hello");
            tar.WriteEntry(new PaxTarEntry(TarEntryType.SymbolicLink, "link-to-passwd") { LinkName = "/etc/passwd" });
            tar.WriteEntry(new PaxTarEntry(TarEntryType.HardLink, "hard-link") { LinkName = "crlf.txt" });
            tar.WriteEntry(new PaxTarEntry(TarEntryType.CharacterDevice, "dev-null") { DeviceMajor = 1, DeviceMinor = 3 });
            Add(tar, "crlf.txt", CrlfDump);
            Add(tar, "random.bin", RandomBytes(256 * 1024));
            Add(tar, "bad-utf8.txt", [.. Encoding.UTF8.GetBytes("goroutine 7 [select]:\nmain.loop("), 0xff, 0xfe, .. Encoding.UTF8.GetBytes(")\n\t/a.go:3 +0x1\n\n")]);
        }
        var before = Listing();

        var facts = BundleFactReader.Read(bundle);
        var report = ReportBuilder.Build(facts, Rules.Engine.Evaluator.Evaluate(ShippedRules.Rules, facts.Facts));

        Assert.Equal(before, Listing());
        Assert.False(File.Exists(Path.GetFullPath(Path.Combine(_dir, "../../escape.txt"))));
        var inv = report.Inputs.ToDictionary(i => i.Path);
        Assert.Contains(inv.Values, i => i.Path.Contains("escape.txt", StringComparison.Ordinal) && i.Status == InputStatus.Skipped && i.Problems.Count > 0);
        Assert.Contains(inv.Values, i => i.Path.Contains("absolute.txt", StringComparison.Ordinal) && i.Status == InputStatus.Skipped);
        Assert.Equal(InputStatus.Skipped, inv["link-to-passwd"].Status);
        Assert.Equal(InputStatus.Skipped, inv["hard-link"].Status);
        Assert.Equal(InputStatus.Skipped, inv["dev-null"].Status);
        Assert.Equal(InputStatus.Parsed, inv["crlf.txt"].Status);
        Assert.Equal(InputStatus.Unrecognized, inv["random.bin"].Status);
        Assert.NotEqual(InputStatus.Failed, inv["bad-utf8.txt"].Status);
        Assert.All(report.Inputs.Where(i => i.Status != InputStatus.Parsed), i => Assert.NotEmpty(i.Problems));
        Assert.Contains(report.Tables.Single().Rows, r => r[1] == "chan receive");
    }

    [Fact]
    public void A_64_MB_line_is_cut_and_reported_not_held()
    {
        var path = Path.Combine(_dir, "huge-line.log");
        using (var f = File.Create(path))
        {
            var chunk = Encoding.ASCII.GetBytes(new string('x', 1 << 20));
            for (var i = 0; i < 64; i++) f.Write(chunk);
            f.Write(Encoding.ASCII.GetBytes("\n" + CrlfDump.Replace("\r", "", StringComparison.Ordinal)));
        }
        var before = GC.GetAllocatedBytesForCurrentThread(); // this thread only: other test classes run in parallel
        var facts = BundleFactReader.Read(path);
        var input = Assert.Single(facts.Inventory);
        Assert.Equal("huge-line.log", input.Path);
        Assert.NotEmpty(input.Problems);
        Assert.Contains(input.Problems, p => p.Contains("line 1", StringComparison.Ordinal));
        Assert.Single(facts.Facts.Of("GoroutineGroup")); // the dump after the long line is still found
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated < 8L << 20, $"a 64 MB line must not be held or copied: {allocated:N0} bytes allocated");
    }

    [Fact]
    public void A_truncated_archive_keeps_what_was_readable()
    {
        var full = Path.Combine(_dir, "full.tar.gz");
        using (var file = File.Create(full))
        using (var gz = new GZipStream(file, CompressionLevel.NoCompression))
        using (var tar = new TarWriter(gz, TarEntryFormat.Pax))
        {
            Add(tar, "first.txt", CrlfDump);
            Add(tar, "second.bin", RandomBytes(512 * 1024));
        }
        var bytes = File.ReadAllBytes(full);
        var cut = Path.Combine(_dir, "cut.tar.gz");
        File.WriteAllBytes(cut, bytes[..(bytes.Length * 2 / 3)]);

        var facts = BundleFactReader.Read(cut);
        var inv = facts.Inventory.ToDictionary(i => i.Path);
        Assert.Equal(InputStatus.Parsed, inv["first.txt"].Status);
        Assert.Contains(facts.Inventory, i => i.Status == InputStatus.Failed && i.Problems.Count > 0);
    }

    [Fact]
    public void Random_bytes_as_a_bundle_do_not_crash()
    {
        var path = Path.Combine(_dir, "garbage.tar.gz");
        File.WriteAllBytes(path, [0x1f, 0x8b, .. RandomBytes(4096)]);
        var facts = BundleFactReader.Read(path);
        Assert.NotEmpty(facts.Inventory);
        Assert.All(facts.Inventory, i => Assert.NotEqual(InputStatus.Parsed, i.Status));
    }

    private static void Add(TarWriter tar, string name, string text) => Add(tar, name, Encoding.UTF8.GetBytes(text));

    private static void Add(TarWriter tar, string name, byte[] data) =>
        tar.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(data) });

    private static byte[] RandomBytes(int n)
    {
        var bytes = new byte[n];
        new Random(42).NextBytes(bytes);
        return bytes;
    }

    private string[] Listing() => Directory.EnumerateFileSystemEntries(Path.GetDirectoryName(_dir)!, "triage-hostile-*")
        .Concat(Directory.EnumerateFileSystemEntries(_dir, "*", SearchOption.AllDirectories)).Order().ToArray();
}
