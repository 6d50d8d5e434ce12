using Analyzer.Detection;
using Analyzer.Families.Zfs.Facts;
using Analyzer.Inventory;
using Analyzer.Families.Zfs.Parsers.Arcstats;
using Analyzer.Tests.Support;

namespace Analyzer.Tests.Parsers.Arcstats;

/// <summary>arcstats kstat files of 0.7 and 2.2, signed rows, UINT64 overflow, damage and detection.</summary>
public sealed class ArcstatsParserTests
{
    private static readonly ArcstatsParser Parser = new();

    [Fact]
    public void The_kstat_header_below_blank_lines_is_still_the_header()
    {
        // A section of a head/cat paste reaches the parser padded with empty lines, so its line numbers stay the file's.
        var text = File.ReadAllText(Path.Combine(RepoPaths.Fixtures, "zfs-healthy", "proc", "spl", "kstat", "zfs", "arcstats"));
        var run = ParserRun.Text(Parser, "\n\n\n" + text);
        Assert.Equal(InputStatus.Parsed, run.Context.Status);
        Assert.NotNull(run.Single<ArcStats>().Uptime);
    }

    [Fact]
    public void Zol_07_file_gives_counters_sizes_and_hit_ratio()
    {
        var run = ParserRun.Sample(Parser, "Arcstats", "node_exporter_fixture_arcstats_0.7era.txt");
        Assert.Equal(InputStatus.Parsed, run.Context.Status);
        var a = run.Single<ArcStats>();
        Assert.Equal((8772612L, 604635L), (a.Hits, a.Misses));
        Assert.Equal(8772612.0 / (8772612 + 604635), a.HitRatio!.Value, 9);
        Assert.Equal((1603939792L, 1643208777L, 33554432L, 8367976448L), (a.Size, a.C, a.CMin, a.CMax));
        Assert.Equal((0L, 542L, 3006L), (a.MemoryThrottleCount, a.MemoryDirectCount, a.MemoryIndirectCount));
        Assert.Equal(0L, a.ArcNoGrow);
        Assert.Null(a.MemoryAvailableBytes);
        Assert.Equal(48, a.Fields);
        // header: crtime 5266997922 ns, snaptime 97951858082072 ns → about 27 hours of counters
        Assert.Equal((97951858082072 - 5266997922) / 100, a.Uptime!.Value.Ticks);
        Assert.Equal((8772612 + 604635) / a.Uptime.Value.TotalSeconds, a.ReadsPerSecond!.Value, 6);
        Assert.Equal(1, a.Provenance.Line);
    }

    [Fact]
    public void Openzfs_22_excerpt_reads_iohits_and_says_what_is_missing()
    {
        var run = ParserRun.Sample(Parser, "Arcstats", "htop_1559_arcstats_2.2_header_excerpt.txt");
        var a = run.Single<ArcStats>();
        Assert.Equal((178707397L, 259225L, 51963445L), (a.Hits, a.IoHits, a.Misses));
        Assert.Equal(InputStatus.Partial, run.Context.Status);
        Assert.Contains("size", Assert.Single(run.Context.Problems));
    }

    [Fact]
    public void Signed_int64_row_keeps_its_sign_and_uint64_overflow_clamps()
    {
        var row = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Parsers", "Arcstats", "samples", "node_exporter_fixture_signed_int64_line.txt"));
        var text = "6 1 0x01 4 400 1000000000 61000000000\nname                            type data\nhits                            4    18446744073709551615\nmisses 4 10\nsize 4 100\n" + row;
        var run = ParserRun.Text(Parser, text, "arcstats");
        var a = run.Single<ArcStats>();
        Assert.Equal(-922337203685477580L, a.MemoryAvailableBytes);
        Assert.Equal(long.MaxValue, a.Hits);
        Assert.Equal(TimeSpan.FromSeconds(60), a.Uptime);
        Assert.Equal(InputStatus.Parsed, run.Context.Status);
    }

    [Fact]
    public void Crlf_and_string_rows_read_the_same()
    {
        var text = "name type data\nhits 4 90\nmisses 4 10\nsize 4 5\nversion 7 2.2.0-1 ubuntu\nc_min 4 5\n";
        var lf = ParserRun.Text(Parser, text).Single<ArcStats>();
        var crlf = ParserRun.Text(Parser, text.Replace("\n", "\r\n", StringComparison.Ordinal)).Single<ArcStats>();
        Assert.Equal(lf, crlf);
        Assert.Equal(0.9, lf.HitRatio!.Value, 9);
        Assert.Null(lf.ReadsPerSecond);
    }

    [Theory]
    [InlineData("")]
    [InlineData("garbage here\nmore")]
    [InlineData("\0\0\0")]
    public void Garbage_fails_without_a_fact(string text)
    {
        var run = ParserRun.Text(Parser, text);
        Assert.Equal(InputStatus.Failed, run.Context.Status);
        Assert.Empty(run.Facts);
    }

    [Fact]
    public void Damaged_rows_are_counted_and_the_rest_kept()
    {
        var run = ParserRun.Text(Parser, "name type data\nhits 4 5\nmisses 4 xx\nsize 4 7\nbroken\n");
        Assert.Equal(InputStatus.Partial, run.Context.Status);
        Assert.Contains("2 line(s)", run.Context.Problems[0]);
        Assert.Equal(7, run.Single<ArcStats>().Size);
    }

    [Fact]
    public void Detection_by_content_and_by_sos_path_but_not_other_kstats()
    {
        var sample = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Parsers", "Arcstats", "samples", "node_exporter_fixture_arcstats_0.7era.txt"));
        Assert.Equal(DetectionConfidence.ContentAtStart, ParserRun.Detect(Parser, "x/whatever", sample));
        Assert.Equal(DetectionConfidence.Name, ParserRun.Detect(Parser, "sosreport-h-2024-01-01-abc/proc/spl/kstat/zfs/arcstats", "odd\n"));
        Assert.Equal(DetectionConfidence.None, ParserRun.Detect(Parser, "zil", "6 1 0x01 3 100 1 2\nname type data\nzil_commit_count 4 1\n"));
        var io = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Parsers", "Arcstats", "samples", "node_exporter_fixture_pool_io_kstat_type3.txt"));
        Assert.Equal(DetectionConfidence.None, ParserRun.Detect(Parser, "pool1/io", io));
    }
}
