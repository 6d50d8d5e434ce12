using System.Formats.Tar;
using System.IO.Compression;
using System.Text;
using Analyzer.Families.Go.Facts;
using Analyzer.Families.JuiceFs.Facts;
using Analyzer.Families.Linux.Facts;
using Analyzer.Inventory;
using Analyzer.Pipeline;

namespace Analyzer.Tests.Pipeline;

/// <summary>
/// A log claimed by its own parser (kernel log, JuiceFS client log) is also scanned for Go dumps in the same pass,
/// from a forward-only archive entry as from a file.
/// </summary>
public sealed class EmbeddedTextScanTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("triage-embedded-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_Go_panic_inside_a_JuiceFS_client_log_is_found_beside_the_client_log_facts(bool archive)
    {
        var facts = Read(archive, "juicefs.log", EmbeddedTextSamples.JuiceFsLog);

        var summary = Assert.Single(facts.Facts.Of<JuiceFsLogSummary>());
        Assert.Equal("juicefs.log", summary.Provenance.Path);
        Assert.NotEmpty(facts.Facts.Of<JuiceFsLogBurst>());
        var panic = Assert.Single(facts.Facts.Of<GoPanic>());
        Assert.Equal("juicefs.log", panic.Provenance.Path);
        Assert.Equal(EmbeddedTextSamples.JuiceFsPanicLine, panic.Provenance.Line);
        Assert.StartsWith("runtime error: index out of range", panic.Message, StringComparison.Ordinal);

        var input = Assert.Single(facts.Inventory, i => i.Path == "juicefs.log");
        Assert.Equal("juicefs-log", input.Format);
        Assert.Equal(InputStatus.Parsed, input.Status);
        var note = Assert.Single(input.Notes);
        Assert.StartsWith("also found: go-goroutine-dump (", note, StringComparison.Ordinal);
        Assert.True(facts.Facts.HasSource("go-stacks"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_journal_yields_the_kernel_hung_task_and_the_Go_service_panic(bool archive)
    {
        var facts = Read(archive, "journal.txt", EmbeddedTextSamples.Journal);

        var hung = Assert.Single(facts.Facts.Of<KernelHungTask>());
        Assert.Equal(EmbeddedTextSamples.JournalHungTaskLine, hung.Provenance.Line);
        var panic = Assert.Single(facts.Facts.Of<GoPanic>());
        Assert.Equal(EmbeddedTextSamples.JournalPanicLine, panic.Provenance.Line);
        Assert.Equal("SIGSEGV", panic.Signal);
        // The transport layer splits the journal into channels: the kernel's lines go to the kernel-log parser, the
        // service's to the Go parser; facts still cite journal.txt and its lines.
        Assert.Equal("multi-program log", Assert.Single(facts.Inventory, i => i.Path == "journal.txt").Format);
        Assert.Equal("kernel-log", Assert.Single(facts.Inventory, i => i.Path.StartsWith("journal.txt#kernel", StringComparison.Ordinal)).Format);
        Assert.Equal("journal.txt", hung.Provenance.Path);
        Assert.Equal("journal.txt", panic.Provenance.Path);
    }

    [Fact]
    public void A_single_file_a_directory_and_an_archive_give_the_same_facts()
    {
        var file = Path.Combine(_dir, "juicefs.log");
        File.WriteAllText(file, EmbeddedTextSamples.JuiceFsLog);
        static string Facts(BundleFacts facts) => $"{facts.Facts.Count} facts: " + string.Join(",",
            facts.Facts.Of<JuiceFsLogSummary>().Concat<Analyzer.Rules.Facts.IFact>(facts.Facts.Of<JuiceFsLogBurst>()).Concat(facts.Facts.Of<GoPanic>())
                .Select(f => $"{f.GetType().Name}@{f.Provenance.Line}"));

        var single = Facts(BundleFactReader.Read(file));

        Assert.Contains("GoPanic@", single, StringComparison.Ordinal);
        Assert.Equal(single, Facts(Read(archive: false, "juicefs.log", EmbeddedTextSamples.JuiceFsLog)));
        Assert.Equal(single, Facts(Read(archive: true, "juicefs.log", EmbeddedTextSamples.JuiceFsLog)));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_scanner_reads_no_further_than_the_entry_cap(bool archive)
    {
        // The panic lies past the cap: the primary's view ends there, and so does the scanner's.
        var filler = string.Concat(Enumerable.Repeat("2025/06/11 14:02:10.118204 juicefs[1] <INFO>: filler line of the client log [main.go:1]\n", 200));
        var text = filler + "panic: past the cap\n\ngoroutine 1 [running]:\nmain.main()\n\t/src/main.go:9 +0x1d\n";
        var limits = new Analyzer.Bundles.BundleLimits { MaxEntryBytes = Encoding.UTF8.GetByteCount(filler) };

        var facts = Read(archive, "juicefs.log", text, limits);

        Assert.Empty(facts.Facts.Of<GoPanic>());
        var input = Assert.Single(facts.Inventory, i => i.Path == "juicefs.log");
        Assert.Equal(InputStatus.Partial, input.Status);
        Assert.Equal(201, Assert.Single(Read(archive, "juicefs.log", text).Facts.Of<GoPanic>()).Provenance.Line); // without the cap
    }

    [Fact]
    public void A_log_without_a_Go_dump_gets_no_note_and_the_same_facts()
    {
        var text = string.Join('\n', EmbeddedTextSamples.JuiceFsLog.Split('\n').Where(l => l.StartsWith("2025/", StringComparison.Ordinal))) + "\n";
        var facts = Read(archive: true, "juicefs.log", text);

        Assert.Empty(facts.Facts.Of<GoPanic>());
        var input = Assert.Single(facts.Inventory);
        Assert.Empty(input.Notes);
        Assert.Empty(input.Problems);
        Assert.False(facts.Facts.HasSource("go-stacks"));
    }

    [Fact]
    public void Fact_order_is_the_same_on_every_run()
    {
        static string Order()
        {
            var dispatcher = new EntryDispatcher(Analyzer.Detection.ParserRegistry.Default);
            var bytes = Encoding.UTF8.GetBytes(EmbeddedTextSamples.JuiceFsLog);
            dispatcher.OnEntry(new Analyzer.Bundles.BundleEntry("juicefs.log", bytes.Length), new MemoryStream(bytes));
            return string.Join(",", dispatcher.Facts.Select(f => $"{f.GetType().Name}@{f.Provenance.Line}"));
        }
        var first = Order();
        Assert.Contains("GoPanic@", first, StringComparison.Ordinal);
        for (var i = 0; i < 5; i++)
            Assert.Equal(first, Order());
    }

    private BundleFacts Read(bool archive, string name, string text, Analyzer.Bundles.BundleLimits? limits = null)
    {
        if (!archive)
        {
            var dir = Directory.CreateDirectory(Path.Combine(_dir, "bundle")).FullName;
            File.WriteAllText(Path.Combine(dir, name), text);
            return BundleFactReader.Read(dir, limits);
        }
        var path = Path.Combine(_dir, "bundle.tar.gz");
        using (var file = File.Create(path))
        using (var gz = new GZipStream(file, CompressionLevel.Fastest))
        using (var tar = new TarWriter(gz, TarEntryFormat.Pax))
            tar.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(Encoding.UTF8.GetBytes(text)) });
        return BundleFactReader.Read(path, limits);
    }
}
