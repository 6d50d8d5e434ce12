using System.Text;
using Analyzer.Bundles;
using Analyzer.Detection;
using Analyzer.Families.Go.Facts;
using Analyzer.Families.JuiceFs.Facts;
using Analyzer.Inventory;
using Analyzer.Families.Go.Parsers.GoStacks;
using Analyzer.Families.JuiceFs.Parsers.JuiceFsClientLog;
using Analyzer.Parsing;
using Analyzer.Pipeline;

namespace Analyzer.Tests.Pipeline;

/// <summary>A failing or slow scanner never costs the primary parser its facts, and an entry of any size passes with bounded memory.</summary>
public sealed class EmbeddedScanRobustnessTests
{
    [Fact]
    public void A_scanner_that_throws_loses_nothing_of_the_primary()
    {
        var dispatcher = new EntryDispatcher([new JuiceFsClientLogParser(), new ThrowingScanner()]);
        var bytes = Encoding.UTF8.GetBytes(EmbeddedTextSamples.JuiceFsLog);
        dispatcher.OnEntry(new BundleEntry("juicefs.log", bytes.Length), new MemoryStream(bytes));

        Assert.Single(dispatcher.Facts.OfType<JuiceFsLogSummary>());
        var input = Assert.Single(dispatcher.Inventory);
        Assert.Equal("juicefs-log", input.Format);
        Assert.Equal(InputStatus.Parsed, input.Status); // the entry itself was read
        Assert.Contains(input.Problems, p => p.Contains("scan of this log stopped on this input (a triage bug, InvalidOperationException", StringComparison.Ordinal));
        Assert.DoesNotContain(input.Problems, p => p.Contains("scanner broke", StringComparison.Ordinal));
    }

    [Fact]
    public void A_primary_that_stops_early_still_lets_the_scanner_read_to_the_end()
    {
        var dispatcher = new EntryDispatcher([new HeadOnlyLogParser(), new GoStacksParser()]);
        var bytes = LatePanicLog();
        dispatcher.OnEntry(new BundleEntry("app.log", bytes.Length), new NonSeekable(bytes));

        var panic = Assert.Single(dispatcher.Facts.OfType<GoPanic>());
        Assert.Equal(20_001, panic.Provenance.Line);
        Assert.Equal("head-only-log", Assert.Single(dispatcher.Inventory).Format);
    }

    [Fact]
    public void An_entry_that_can_be_read_again_gives_each_scanner_its_own_reading_and_the_primary_no_tee()
    {
        var dispatcher = new EntryDispatcher([new HeadOnlyLogParser(), new GoStacksParser()]);
        var bytes = LatePanicLog();
        var primary = new CountingStream(bytes);
        var opened = 0;
        var entry = new BundleEntry("app.log", bytes.Length) { OpenAgain = () => { Interlocked.Increment(ref opened); return new NonSeekable(bytes); } };

        dispatcher.OnEntry(entry, primary);

        Assert.Equal(1, opened);
        Assert.Equal(20_001, Assert.Single(dispatcher.Facts.OfType<GoPanic>()).Provenance.Line);
        // The primary stopped after the detection head and 4 KiB: nothing read the rest of its stream for the scanner.
        Assert.True(primary.Served <= EntryProbe.HeadSize + 4096, $"the primary's stream served {primary.Served} of {bytes.Length} bytes");
    }

    [Fact]
    public void A_scanner_whose_own_reading_fails_loses_only_its_facts()
    {
        var dispatcher = new EntryDispatcher([new JuiceFsClientLogParser(), new GoStacksParser()]);
        var bytes = Encoding.UTF8.GetBytes(EmbeddedTextSamples.JuiceFsLog);
        var entry = new BundleEntry("juicefs.log", bytes.Length) { OpenAgain = () => new FailingStream() };

        dispatcher.OnEntry(entry, new MemoryStream(bytes));

        Assert.Single(dispatcher.Facts.OfType<JuiceFsLogSummary>());
        Assert.Empty(dispatcher.Facts.OfType<GoPanic>());
        var input = Assert.Single(dispatcher.Inventory);
        Assert.Equal(InputStatus.Parsed, input.Status);
        Assert.Contains(input.Problems, p => p.Contains("go-goroutine-dump scan of this log", StringComparison.Ordinal) && p.Contains("IOException", StringComparison.Ordinal));
    }

    [Fact]
    public void A_primary_that_throws_keeps_its_failure_and_the_scanner_still_reads_to_the_end()
    {
        var dispatcher = new EntryDispatcher([new ThrowingLogParser(), new GoStacksParser()]);
        var bytes = Encoding.UTF8.GetBytes(EmbeddedTextSamples.JuiceFsLog);
        dispatcher.OnEntry(new BundleEntry("juicefs.log", bytes.Length), new NonSeekable(bytes));

        Assert.Equal(EmbeddedTextSamples.JuiceFsPanicLine, Assert.Single(dispatcher.Facts.OfType<GoPanic>()).Provenance.Line);
        var input = Assert.Single(dispatcher.Inventory);
        Assert.Equal(InputStatus.Failed, input.Status);
        Assert.Contains(input.Problems, p => p.StartsWith("the throwing-log parser stopped on this input (a triage bug, FormatException", StringComparison.Ordinal));
        // The .NET text says nothing about the input: it stays out of the reason.
        Assert.DoesNotContain(input.Problems, p => p.Contains("parser bug", StringComparison.Ordinal));
        Assert.StartsWith("also found: go-goroutine-dump", Assert.Single(input.Notes), StringComparison.Ordinal);
    }

    [Fact]
    public void A_200_MB_entry_is_read_once_by_both_with_bounded_memory()
    {
        const long size = 200L << 20;
        // A primary that allocates nothing per read, so what this thread allocates is the tee's own cost; the scanner's
        // allocations are measured on its thread.
        var scanner = new MeasuredScanner(new GoStacksParser());
        var dispatcher = new EntryDispatcher([new WholeLogReader(), scanner]);
        var stream = new GeneratedJuiceFsLog(size);
        var before = GC.GetAllocatedBytesForCurrentThread(); // this thread only: other test classes run in parallel
        dispatcher.OnEntry(new BundleEntry("juicefs.log", null), stream);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(stream.Served >= size);
        var panic = Assert.Single(dispatcher.Facts.OfType<GoPanic>());
        Assert.Equal(stream.PanicLine, panic.Provenance.Line);
        Assert.True(allocated < 4L << 20, $"the tee must not hold or copy the entry: {allocated:N0} bytes allocated on the primary's thread");
        Assert.True(scanner.Allocated is > 0 and < 16L << 20, $"the scanner must stream: {scanner.Allocated:N0} bytes allocated on its thread");
    }

    [Fact]
    public void A_200_MB_JuiceFS_log_yields_the_client_log_facts_and_the_panic_at_its_end()
    {
        var dispatcher = new EntryDispatcher(ParserRegistry.Default);
        var stream = new GeneratedJuiceFsLog(200L << 20);
        dispatcher.OnEntry(new BundleEntry("juicefs.log", null), stream);

        var summary = Assert.Single(dispatcher.Facts.OfType<JuiceFsLogSummary>());
        Assert.True(summary.Warnings >= stream.PanicLine - 1, $"{summary.Warnings} warnings");
        Assert.Equal(stream.PanicLine, Assert.Single(dispatcher.Facts.OfType<GoPanic>()).Provenance.Line);
        Assert.Contains("also found: go-goroutine-dump", Assert.Single(Assert.Single(dispatcher.Inventory).Notes), StringComparison.Ordinal);
    }

    /// <summary>20,000 log lines, then a Go panic (at line 20,001): far past any head a primary may stop after.</summary>
    private static byte[] LatePanicLog() => Encoding.UTF8.GetBytes(
        string.Concat(Enumerable.Repeat("2025/06/11 14:02:10.118204 app[1] <INFO>: filler line to push the panic far past the head\n", 20_000))
        + "panic: late\n\ngoroutine 1 [running]:\nmain.main()\n\t/src/main.go:9 +0x1d\n");

    /// <summary>Claims any text and reads all of it through one fixed buffer, emitting nothing.</summary>
    private sealed class WholeLogReader : IFormatParser
    {
        private readonly byte[] _buffer = new byte[81920];
        public string Format => "whole-log";
        public string Source => "bundle";
        public bool ScansUnclaimedText => false;
        public bool CarriesEmbeddedText => true;
        public DetectionConfidence Detect(EntryProbe probe) => DetectionConfidence.Content;

        public void Parse(ParseContext context)
        {
            while (context.Content.Read(_buffer) > 0)
            {
            }
        }
    }

    /// <summary>Runs a scanner and records what it allocated on its own thread.</summary>
    private sealed class MeasuredScanner(IFormatParser inner) : IFormatParser
    {
        public long Allocated { get; private set; }
        public string Format => inner.Format;
        public string Source => inner.Source;
        public bool ScansUnclaimedText => true;
        public DetectionConfidence Detect(EntryProbe probe) => DetectionConfidence.None;

        public void Parse(ParseContext context)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            inner.Parse(context);
            Allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        }
    }

    /// <summary>Claims any text, reads a few KiB and returns: a parser that needs only the head.</summary>
    private sealed class HeadOnlyLogParser : IFormatParser
    {
        public string Format => "head-only-log";
        public string Source => "bundle";
        public bool ScansUnclaimedText => false;
        public bool CarriesEmbeddedText => true;
        public DetectionConfidence Detect(EntryProbe probe) => DetectionConfidence.Content;

        public void Parse(ParseContext context)
        {
            var buffer = new byte[4096];
            context.Content.ReadExactly(buffer);
        }
    }

    /// <summary>Claims any text, reads its first line's worth and throws, as a parser with a bug would.</summary>
    private sealed class ThrowingLogParser : IFormatParser
    {
        public string Format => "throwing-log";
        public string Source => "bundle";
        public bool ScansUnclaimedText => false;
        public bool CarriesEmbeddedText => true;
        public DetectionConfidence Detect(EntryProbe probe) => DetectionConfidence.Content;

        public void Parse(ParseContext context)
        {
            context.Content.ReadExactly(new byte[64]);
            throw new FormatException("parser bug");
        }
    }

    /// <summary>A scanner that reads part of the entry, then throws.</summary>
    private sealed class ThrowingScanner : IFormatParser
    {
        public string Format => "throwing-scanner";
        public string Source => "bundle";
        public bool ScansUnclaimedText => true;
        public DetectionConfidence Detect(EntryProbe probe) => DetectionConfidence.None;

        public void Parse(ParseContext context)
        {
            var buffer = new byte[100];
            context.Content.ReadExactly(buffer);
            throw new InvalidOperationException("scanner broke");
        }
    }

    /// <summary>A forward-only stream that counts what it served.</summary>
    private sealed class CountingStream(byte[] bytes) : MemoryStream(bytes)
    {
        public long Served { get; private set; }
        public override bool CanSeek => false;

        // MemoryStream's span read goes through this one in a derived class.
        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = base.Read(buffer, offset, count);
            Served += n;
            return n;
        }
    }

    /// <summary>A second reading that breaks at once (the disk went away).</summary>
    private sealed class FailingStream : MemoryStream
    {
        public override int Read(Span<byte> buffer) => throw new IOException("disk gone");
        public override int Read(byte[] buffer, int offset, int count) => throw new IOException("disk gone");
    }

    /// <summary>A forward-only stream over bytes, as an archive entry is.</summary>
    private sealed class NonSeekable(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
