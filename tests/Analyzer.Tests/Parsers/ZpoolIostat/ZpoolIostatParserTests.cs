using Analyzer.Detection;
using Analyzer.Families.Zfs.Facts;
using Analyzer.Inventory;
using Analyzer.Families.Zfs.Parsers.ZpoolIostat;
using Analyzer.Tests.Support;

namespace Analyzer.Tests.Parsers.ZpoolIostat;

/// <summary>`zpool iostat` default, -v, -l, -q, -c, -w, -r, -p, -H, -T, -y, decimal comma and interval repeats.</summary>
public sealed class ZpoolIostatParserTests
{
    private static readonly ZpoolIostatParser Parser = new();

    private static ZpoolVdevStats Vdev(ParserRun run, string name) => Assert.Single(run.Of<ZpoolVdevStats>(), v => v.Vdev == name);

    [Fact]
    public void Latency_vdev_tree_with_y_reads_every_level()
    {
        var run = ParserRun.Sample(Parser, "ZpoolIostat", "zfs_7694_iostat_yLlv.txt");
        Assert.Equal(InputStatus.Parsed, run.Context.Status);
        Assert.Equal(5, run.Of<ZpoolVdevStats>().Count());
        var pool = Vdev(run, "data3");
        Assert.Equal(("data3", "pool", 0L, (string?)null), (pool.Pool, pool.Kind, pool.Depth, pool.Device));
        Assert.False(pool.SinceBoot); // the command line says -y
        Assert.Equal(("group", 1L), (Vdev(run, "raidz2").Kind, Vdev(run, "raidz2").Depth));
        var sdw = Vdev(run, "sdw");
        Assert.Equal(("data3", "disk", 2L, "sdw"), (sdw.Pool, sdw.Kind, sdw.Depth, sdw.Device));
        Assert.Equal(TimeSpan.FromMilliseconds(7), sdw.TotalWaitRead);
        Assert.Null(sdw.TotalWaitWrite);
        Assert.Equal(TimeSpan.FromMilliseconds(4), sdw.DiskWaitRead);
        Assert.Equal(TimeSpan.FromTicks(2), sdw.SyncqWaitRead); // 174ns rounds to 2 ticks
        Assert.Equal(TimeSpan.FromMilliseconds(7), sdw.WorstWait);
        Assert.Equal(1.32 * 1024, sdw.ReadOps!.Value, 6);
        Assert.Equal(135.0 * 1024 * 1024, sdw.ReadBandwidth!.Value, 6);
        Assert.Equal(10, sdw.Provenance.Line);
        Assert.Contains("sdw", sdw.Provenance.Excerpt, StringComparison.Ordinal);
    }

    [Fact]
    public void Latency_and_queue_columns_use_the_interval_report_not_the_since_boot_one()
    {
        var run = ParserRun.Sample(Parser, "ZpoolIostat", "zfs_11754_iostat_lq.txt");
        var p = Vdev(run, "pool2");
        Assert.Equal((2L, false), (p.Reports, p.SinceBoot));
        Assert.Equal(TimeSpan.FromMicroseconds(314), p.TotalWaitRead);
        Assert.Equal(TimeSpan.FromMilliseconds(3), p.TotalWaitWrite);
        Assert.Equal(TimeSpan.FromMicroseconds(292), p.DiskWaitRead);
        Assert.Null(p.ScrubWait);
        Assert.Equal(TimeSpan.FromMilliseconds(1), p.TrimWait);
        Assert.Equal((0L, 3L), (p.QueuePending, p.QueueActive));
        Assert.Equal(1.44 * 1024 * 1024 * 1024, p.WriteBandwidth!.Value, 3);
        Assert.Equal(6, p.Provenance.Line);
    }

    [Fact]
    public void Decimal_comma_rows_under_a_21_header()
    {
        var header = "              capacity     operations     bandwidth    total_wait     disk_wait    syncq_wait    asyncq_wait  scrub   trim   syncq_read    syncq_write   asyncq_read  asyncq_write   scrubq_read   trimq_write\n"
                   + "pool        alloc   free   read  write   read  write   read  write   read  write   read  write   read  write   wait   wait   pend  activ   pend  activ   pend  activ   pend  activ   pend  activ   pend  activ\n";
        var rows = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Parsers", "ZpoolIostat", "samples", "zfs_10253_iostat_ql_decimal_comma_locale.txt"));
        var run = ParserRun.Text(Parser, header + rows, "zpool_iostat_-ql");
        Assert.Equal(InputStatus.Parsed, run.Context.Status);
        var p = Vdev(run, "zpool1-store1");
        Assert.Equal(2, p.Reports);
        Assert.Equal(0, p.ReadOps); // the interval report: idle
        Assert.Null(p.TotalWaitRead);

        var sinceBoot = ParserRun.Text(Parser, header + rows.Split('\n')[0] + "\n", "zpool_iostat_-ql");
        var b = Vdev(sinceBoot, "zpool1-store1");
        Assert.True(b.SinceBoot);
        Assert.Equal(2.96 * 1024 * 1024, b.ReadBandwidth!.Value, 3);
        Assert.Equal(TimeSpan.FromSeconds(1), b.TotalWaitRead);
        Assert.Equal(TimeSpan.FromMilliseconds(110), b.TotalWaitWrite);
        Assert.Equal(TimeSpan.FromSeconds(1), b.ScrubWait);
        Assert.Null(b.TrimWait);
    }

    [Fact]
    public void Script_column_printed_only_for_leaves()
    {
        var run = ParserRun.Sample(Parser, "ZpoolIostat", "man_zpool_iostat_vc.txt");
        Assert.Equal(InputStatus.Parsed, run.Context.Status);
        var sda1 = Vdev(run, "sda1");
        Assert.Equal(("rpool", "sda1", "sda", 1L), (sda1.Pool, sda1.Device, sda1.Disk, sda1.Depth));
        Assert.Equal(250.0 * 1024, sda1.ReadBandwidth);
        Assert.True(sda1.SinceBoot);
        Assert.Null(sda1.TotalWaitRead);
    }

    [Fact]
    public void Default_output_interval_repeats_and_classes_and_exact_numbers()
    {
        var text = """
                          capacity     operations     bandwidth
            pool        alloc   free   read  write   read  write
            ----------  -----  -----  -----  -----  -----  -----
            tank        1.00T  1.00T    100    200   100M   200M
              mirror-0  1.00T  1.00T    100    200   100M   200M
                sda         -      -     50    100    50M   100M
                sdb         -      -     50    100    50M   100M
            logs            -      -      -      -      -      -
              nvme0n1p1  1.00G  9.00G     0     10      0   1.00M
            ----------  -----  -----  -----  -----  -----  -----
                          capacity     operations     bandwidth
            pool        alloc   free   read  write   read  write
            ----------  -----  -----  -----  -----  -----  -----
            tank        1099511627776  1099511627776    7    9   7000   9000
              mirror-0  1099511627776  1099511627776    7    9   7000   9000
                sda         -      -      3    900   3000   9000
                sdb         -      -      4    5   4000   5000
            logs            -      -      -      -      -      -
              nvme0n1p1  1073741824  9663676416     0     0      0   0
            ----------  -----  -----  -----  -----  -----  -----
            """;
        var run = ParserRun.Text(Parser, text, "zpool_iostat_-vp_5");
        Assert.Equal(InputStatus.Parsed, run.Context.Status);
        var sda = Vdev(run, "sda");
        Assert.Equal((2L, false, 3.0, 900.0), (sda.Reports, sda.SinceBoot, sda.ReadOps!.Value, sda.WriteOps!.Value));
        Assert.Equal("class", Vdev(run, "logs").Kind);
        var slog = Vdev(run, "nvme0n1p1");
        Assert.Equal(("tank", "disk", "nvme0n1p1", "nvme0n1"), (slog.Pool, slog.Kind, slog.Device, slog.Disk));
        Assert.Equal(16, sda.Provenance.Line);
    }

    [Fact]
    public void Interval_rows_without_repeated_headers_and_timestamps()
    {
        var text = "1700000000\n              capacity     operations     bandwidth\npool        alloc   free   read  write   read  write\n----------  -----  -----  -----  -----  -----  -----\n"
                 + "tank        1.00T  1.00T      1      1   1K   1K\nbig         2.00T  1.00T      1      1   1K   1K\n1700000005\n"
                 + "tank        1.00T  1.00T     70      1   1K   1K\nbig         2.00T  1.00T      2      1   1K   1K\n";
        var run = ParserRun.Text(Parser, text);
        Assert.Equal(70, Vdev(run, "tank").ReadOps);
        Assert.Equal((2L, false), (Vdev(run, "big").Reports, Vdev(run, "big").SinceBoot));
    }

    [Fact]
    public void Scripted_output_is_told_by_its_column_count()
    {
        var text = "tank\t1099511627776\t1099511627776\t10\t20\t1048576\t2097152\t2000000\t3000000\t1000000\t1500000\t100\t200\t900000\t1200000\t-\t-\t-\n"
                 + "mirror-0\t1\t1\t10\t20\t1048576\t2097152\t2000000\t3000000\t1000000\t1500000\t100\t200\t900000\t1200000\t-\t-\t-\n"
                 + "sda\t-\t-\t5\t10\t1048576\t2097152\t250000000\t3000000\t1000000\t1500000\t100\t200\t900000\t1200000\t-\t-\t-\n";
        var run = ParserRun.Text(Parser, text, "sosreport-h/sos_commands/zfs/zpool_iostat_-Hpvl");
        Assert.Equal(InputStatus.Parsed, run.Context.Status);
        var sda = Vdev(run, "sda");
        Assert.Equal(("tank", "disk"), (sda.Pool, sda.Kind));
        Assert.Equal(TimeSpan.FromMilliseconds(250), sda.TotalWaitRead);
        Assert.Equal(TimeSpan.FromMilliseconds(2), Vdev(run, "tank").TotalWaitRead);
        Assert.Equal("group", Vdev(run, "mirror-0").Kind);
    }

    [Fact]
    public void Request_size_histogram_columns_summarise_to_quantile_buckets()
    {
        var run = ParserRun.Sample(Parser, "ZpoolIostat", "zfs_15824_iostat_r_reqsize_histogram.txt");
        var hs = run.Of<ZpoolHistogram>().ToList();
        Assert.Equal(12, hs.Count);
        var aw = Assert.Single(hs, h => h.Column == "async_write.ind");
        Assert.Equal(("bckpool", "bckpool", "request-size"), (aw.Pool, aw.Vdev, aw.Kind));
        Assert.Equal(2181 + 3901 + 1966, aw.Count);
        Assert.Equal((8192L, 16384L, 16384L), (aw.P50!.Value, aw.P99!.Value, aw.Max!.Value));
        Assert.Equal(32768, Assert.Single(hs, h => h.Column == "async_write.agg").Max);
        Assert.Null(Assert.Single(hs, h => h.Column == "trim.agg").P50);
    }

    [Fact]
    public void Latency_histogram_of_07_with_old_queue_labels()
    {
        var run = ParserRun.Sample(Parser, "ZpoolIostat", "zfs_pr4433_iostat_wp_latency_histogram_0.7.txt");
        var hs = run.Of<ZpoolHistogram>().ToList();
        Assert.Equal(9, hs.Count);
        var sq = Assert.Single(hs, h => h.Column == "sync_queue.write");
        Assert.Equal(("latency", 6040L, 2000L), (sq.Kind, sq.Count, sq.P99!.Value));
        var aq = Assert.Single(hs, h => h.Column == "async_queue.write");
        Assert.Equal((3L + 321 + 1800, 2000L), (aq.Count, aq.P50!.Value));
        Assert.Equal(4518 + 2697, Assert.Single(hs, h => h.Column == "scrub").Count);
    }

    [Fact]
    public void Latency_histograms_per_vdev_and_interval_reports()
    {
        const string table = "{0}        total_wait     disk_wait    syncq_wait    asyncq_wait\nlatency      read  write   read  write   read  write   read  write  scrub   trim  rebuild\n"
                            + "----------  -----  -----  -----  -----  -----  -----  -----  -----  -----  -----  -----\n"
                            + "1ms            {1}      0      {1}      0      0      0      0      0      0      0      0\n1s             {2}      0      {2}      0      0      0      0      0      0      0      0\n"
                            + "----------------------------------------------------------------------------------------\n\n";
        var text = string.Format(null, table, "tank", 100, 0) + string.Format(null, table, "sda", 100, 0)
                 + string.Format(null, table, "tank", 1, 99) + string.Format(null, table, "sda", 1, 99);
        var run = ParserRun.Text(Parser, text, "zpool_iostat_-wv_5");
        var sda = Assert.Single(run.Of<ZpoolHistogram>(), h => h.Vdev == "sda" && h.Column == "disk_wait.read");
        Assert.Equal(("tank", 100L), (sda.Pool, sda.Count));
        Assert.Equal(1_000_000_000, sda.P50); // the interval report, not the since-boot one
        Assert.Equal(11, run.Of<ZpoolHistogram>().Count(h => h.Vdev == "tank"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("no pools available\n")]
    public void Nothing_to_read_fails(string text)
    {
        var run = ParserRun.Text(Parser, text, "zpool_iostat_-vl");
        Assert.Equal(InputStatus.Failed, run.Context.Status);
        Assert.Empty(run.Facts);
    }

    [Fact]
    public void Rows_that_do_not_fit_are_counted_and_the_rest_kept()
    {
        var text = "              capacity     operations     bandwidth\npool        alloc   free   read  write   read  write\ntank  1T  1T  1  1\ntank  1T  1T  1  1  1K  1K\nbig 1T 1T x 1 1 1\n";
        var run = ParserRun.Text(Parser, text);
        Assert.Equal(InputStatus.Partial, run.Context.Status);
        Assert.Contains("2 row(s)", run.Context.Problems[0]);
        Assert.Single(run.Of<ZpoolVdevStats>());
    }

    [Fact]
    public void Detection_by_header_and_sos_name()
    {
        var latency = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Parsers", "ZpoolIostat", "samples", "zfs_7694_iostat_yLlv.txt"));
        Assert.Equal(DetectionConfidence.ContentAtStart, ParserRun.Detect(Parser, "x", latency));
        var hist = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Parsers", "ZpoolIostat", "samples", "zfs_15824_iostat_r_reqsize_histogram.txt"));
        Assert.Equal(DetectionConfidence.ContentAtStart, ParserRun.Detect(Parser, "x", hist));
        Assert.Equal(DetectionConfidence.Name, ParserRun.Detect(Parser, "sosreport-a-b/sos_commands/zfs/zpool_iostat_-Hv", "tank\t1\t2\n"));
        Assert.Equal(DetectionConfidence.None, ParserRun.Detect(Parser, "notes.txt", "capacity planning notes\n"));
    }
}
