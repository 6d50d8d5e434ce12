using Analyzer.Detection;
using Analyzer.Families.Zfs.Facts;
using Analyzer.Inventory;
using Analyzer.Families.Zfs.Parsers.Arcstat;
using Analyzer.Tests.Support;

namespace Analyzer.Tests.Parsers.Arcstat;

/// <summary>arcstat output of 0.6, 0.7, 2.0/2.1, 2.2+ and custom -f lists; pretty and raw numbers; repeated headers.</summary>
public sealed class ArcstatParserTests
{
    private static readonly ArcstatParser Parser = new();

    [Fact]
    public void Zol_06_row_reads_zero_accesses_and_sizes()
    {
        var run = ParserRun.Sample(Parser, "Arcstat", "arcstat_0.6_debian_3939.txt");
        var i = run.Single<ArcstatInterval>();
        Assert.Equal("15:39:52", i.Time);
        Assert.Equal(0, i.Reads);
        Assert.Null(i.HitRatio); // no accesses: no ratio
        Assert.Equal((long)(10.0 * 1024 * 1024 * 1024), i.Size);
        Assert.Equal(10L << 30, i.C);
        Assert.Equal(3, i.Provenance.Line);
    }

    [Fact]
    public void Zol_07_rows_scale_rates_by_1000_and_sizes_by_1024()
    {
        var run = ParserRun.Sample(Parser, "Arcstat", "arcstat_0.7_zfs_7922.txt");
        Assert.Equal(InputStatus.Parsed, run.Context.Status);
        var rows = run.Of<ArcstatInterval>().ToList();
        Assert.Equal(4, rows.Count);
        Assert.Equal(35_000, rows[0].Reads);
        Assert.Equal(3_500, rows[0].Misses);
        Assert.Equal(0.91, rows[0].HitRatio!.Value, 9); // from miss% 9
        Assert.Equal((long)(1.1 * 1024 * 1024 * 1024), rows[0].Size);
        Assert.Equal(94L << 30, rows[0].C);
        Assert.Equal(973, rows[2].Reads);
        Assert.Equal(0.96, rows[2].HitRatio!.Value, 9);
    }

    [Fact]
    public void Custom_fields_with_negative_avail_and_pasted_indent()
    {
        var run = ParserRun.Sample(Parser, "Arcstat", "arcstat_pr10494_custom_fields_negative_avail.txt");
        var rows = run.Of<ArcstatInterval>().ToList();
        Assert.Equal(4, rows.Count);
        Assert.Equal(-(long)(177.0 * 1024 * 1024), rows[2].Avail);
        Assert.Equal(39_000, rows[0].Misses);
        Assert.Null(rows[0].Reads);
        Assert.Null(rows[0].HitRatio);
        Assert.Equal(114L << 30, rows[0].Size);
    }

    [Fact]
    public void Openzfs_22_default_columns_derive_the_hit_ratio_from_the_class_percentages()
    {
        var text = """
                time  read  ddread  ddh%  dmread  dmh%  pread  ph%   size      c  avail
            12:00:01  1.0K     600    50     300   100    100    0   3.2G   4.0G   1.1G
            12:00:02     0       0     0       0     0      0    0   3.2G   4.0G   1.1G
            """;
        var rows = ParserRun.Text(Parser, text, "zarcstat.out").Of<ArcstatInterval>().ToList();
        Assert.Equal(1000, rows[0].Reads);
        Assert.Equal((600 * 0.5 + 300) / 1000, rows[0].HitRatio!.Value, 9);
        Assert.Equal(400, rows[0].Misses!.Value, 6);
        Assert.Null(rows[1].HitRatio);
    }

    [Fact]
    public void Openzfs_20_columns_and_repeated_headers_and_raw_numbers()
    {
        var header = "    time  read  miss  miss%  dmis  dm%  pmis  pm%  mmis  mm%  size     c  avail\n";
        var sb = new System.Text.StringBuilder(header);
        for (var i = 0; i < 45; i++)
        {
            if (i > 0 && i % 20 == 0) sb.Append(header);
            sb.Append($"10:00:{i % 60:00}  2000   500     25   500   25     0    0   100    5  1073741824  2147483648  -5\n");
        }
        var run = ParserRun.Text(Parser, sb.ToString(), "arcstat-p.txt");
        Assert.Equal(InputStatus.Parsed, run.Context.Status);
        var rows = run.Of<ArcstatInterval>().ToList();
        Assert.Equal(45, rows.Count);
        Assert.All(rows, r => Assert.Equal(0.75, r.HitRatio!.Value, 9));
        Assert.All(rows, r => Assert.Equal(1L << 30, r.Size));
        Assert.Equal(-5, rows[^1].Avail);
    }

    [Fact]
    public void Rows_that_do_not_fit_are_counted()
    {
        var run = ParserRun.Text(Parser, "    time  read  miss  miss%  arcsz     c\n11:00:00  1K  2  3\n11:00:01  1K  10  1  1G  1G\n");
        Assert.Equal(InputStatus.Partial, run.Context.Status);
        Assert.Single(run.Of<ArcstatInterval>());
    }

    [Theory]
    [InlineData("")]
    [InlineData("nothing to see\n")]
    public void No_header_fails(string text)
    {
        var run = ParserRun.Text(Parser, text);
        Assert.Equal(InputStatus.Failed, run.Context.Status);
        Assert.Empty(run.Facts);
    }

    [Fact]
    public void Detection_by_header_and_by_sos_name()
    {
        Assert.Equal(DetectionConfidence.ContentAtStart, ParserRun.Detect(Parser, "a", "# arcstat.py  1\n    time  read  miss  miss%  dmis  dm%  pmis  pm%  mmis  mm%  arcsz     c\n"));
        Assert.Equal(DetectionConfidence.Name, ParserRun.Detect(Parser, "sosreport-x/sos_commands/zfs/arcstat_1_5", "command not found\n"));
        Assert.Equal(DetectionConfidence.None, ParserRun.Detect(Parser, "t.txt", "    time  user  system\n"));
    }
}
