using Analyzer.Families.Linux.Facts;
using Analyzer.Inventory;
using Analyzer.Families.Linux.Parsers.Iostat;
using Analyzer.Tests.Support;

namespace Analyzer.Tests.Parsers.Iostat;

/// <summary>Every header generation of formats.md §6.1, from the shared samples, against the numbers printed in them.</summary>
public sealed class IostatSampleTests
{
    private static readonly IostatParser Parser = new();

    private static HostParse Sample(string name) => HostParse.Sample(Parser, "Iostat", name);

    private static DiskStats Stats(HostParse run, string device) => Assert.Single(run.Of<DiskStats>(), d => d.Device == device);

    [Fact]
    public void Sysstat_12_extended_header_sets_the_boot_report_apart()
    {
        var run = Sample("sysstat_tests_expected.iostat-x.txt");
        Assert.Equal(InputStatus.Parsed, run.Status);
        var cpus = run.One<HostCpus>();
        Assert.Equal((9L, "1.2.3-TEST", 1), (cpus.Cpus, cpus.Kernel, cpus.Provenance.Line));
        Assert.Equal(["sda", "sdb", "sdq", "sdr", "sds"], run.Of<DiskStats>().Select(d => d.Device).Order());
        var sdr = Stats(run, "sdr");
        Assert.Equal(("extended-12.4", "disk", 1L, true, 1.35), (sdr.Layout, sdr.Kind, sdr.Samples, sdr.HadBootReport, sdr.BootUtil!.Value));
        Assert.Equal((6.42, 3.00, 40.00, 0.06), (sdr.UtilMax!.Value, sdr.ReadAwaitMax!.Value, sdr.WriteAwaitMax!.Value, sdr.QueueMax!.Value));
        Assert.Equal((3.21, 1.60, 4.81, 16.04), (sdr.ReadsPerSec!.Value, sdr.WritesPerSec!.Value, sdr.ReadKBps!.Value, sdr.WriteKBps!.Value));
        var sample = Assert.Single(run.Of<DiskSample>(), s => s.Device == "sdr");
        Assert.Equal((1L, 6.42, 21), (sample.Interval, sample.Util!.Value, sample.Provenance.Line));
        Assert.StartsWith("sdr 3.21 4.81 3.21 50.00 3.00", sample.Provenance.Excerpt);
    }

    [Fact]
    public void Sysstat_10_device_colon_header_without_avg_cpu_counts_reports_by_repeated_devices()
    {
        var run = Sample("old_sysstat_9_10_dmx_centos7_voice.txt");
        Assert.Equal(InputStatus.Parsed, run.Status); // the shell prompt line before the banner is the command, not lost evidence
        Assert.Equal(4L, run.One<HostCpus>().Cpus);
        var sda = Stats(run, "sda");
        Assert.Equal(("extended-10", 1L, 0.21), (sda.Layout, sda.Samples, sda.BootUtil!.Value));
        Assert.Equal((98.70, 14.84, 1.06, 15.71), (sda.UtilMax!.Value, sda.ReadAwaitMax!.Value, sda.WriteAwaitMax!.Value, sda.QueueMax!.Value));
        Assert.Equal((Math.Round(48.01 * 1024, 2), Math.Round(5.03 * 1024, 2)), (sda.ReadKBps!.Value, sda.WriteKBps!.Value)); // rMB/s → kB/s
        Assert.Equal(10, Assert.Single(run.Of<DiskSample>(), s => s.Device == "sda").Provenance.Line);
    }

    [Fact]
    public void Sysstat_9_header_without_r_await_gives_await_to_both_directions()
    {
        var text = string.Join('\n', HostParse.SampleText("Iostat", "very_old_no_r_await_palantir.txt").Split('\n').Select(l => l.StartsWith(" *", StringComparison.Ordinal) ? l[Math.Min(l.Length, 3)..] : l));
        var run = HostParse.Text(Parser, text);
        var sda = Stats(run, "sda");
        Assert.Equal(("extended-9", 0L, 0.35), (sda.Layout, sda.Samples, sda.BootUtil!.Value));
        Assert.Empty(run.Of<HostCpus>()); // sysstat 8 banners print no CPU count
        Assert.Equal(3, run.Of<DiskStats>().Count());
        Assert.Contains(run.Context.Problems, p => p.Contains("since boot", StringComparison.Ordinal));
    }

    [Fact]
    public void Timestamped_capture_without_banner_keeps_the_timestamp_per_report()
    {
        var run = Sample("old_sysstat_yxmt_timestamped_iostat_cli.txt");
        var sda = Stats(run, "sda");
        Assert.Equal((0L, 0.0), (sda.Samples, sda.BootUtil!.Value));
        Assert.Empty(run.Of<DiskSample>());
        Assert.Equal(Analyzer.Detection.DetectionConfidence.Content, HostParse.Detect(Parser, "iostat.txt", HostParse.SampleText("Iostat", "old_sysstat_yxmt_timestamped_iostat_cli.txt")));
    }

    [Fact]
    public void Discard_and_flush_columns_with_dm_devices()
    {
        var run = Sample("new_12x_dm_devices_cmp5.txt");
        Assert.Equal(["dm-10", "dm-11", "dm-12", "dm-13"], run.Of<DiskStats>().Select(d => d.Device).Order());
        var dm12 = Stats(run, "dm-12");
        Assert.Equal(("extended-12.4", "dm", 73.75), (dm12.Layout, dm12.Kind, dm12.BootUtil!.Value));
    }

    [Theory]
    [InlineData("#Device:         rrqm/s   wrqm/s     r/s     w/s    rMB/s    wMB/s avgrq-sz avgqu-sz   await r_await w_await  svctm  %util", "extended-10")]
    [InlineData("#Device            r/s     w/s     rMB/s     wMB/s   rrqm/s   wrqm/s  %rrqm  %wrqm r_await w_await aqu-sz rareq-sz wareq-sz  svctm  %util", "extended-11.6")]
    [InlineData("#Device            r/s     rMB/s   rrqm/s  %rrqm r_await rareq-sz     w/s     wMB/s   wrqm/s  %wrqm w_await wareq-sz     d/s     dkB/s   drqm/s  %drqm d_await dareq-sz  aqu-sz  %util", "extended-12")]
    public void Header_generations_by_ubuntu_release_map_by_name(string commented, string layout)
    {
        Assert.Contains(commented, HostParse.SampleText("Iostat", "header_variants_by_ubuntu_release.txt"));
        var header = IostatHeader.TryParse(commented.AsSpan(1));
        Assert.NotNull(header);
        Assert.Equal(layout, header.Layout);
        Assert.Equal(1024, header.Scale[Array.IndexOf(header.Columns, IostatColumn.ReadKBps)]);
        Assert.Contains(IostatColumn.Util, header.Columns);
        Assert.Contains(IostatColumn.Queue, header.Columns);
    }

    [Fact]
    public void Short_extended_layout_has_one_await()
    {
        var run = Sample("sysstat_tests_expected.iostat-xs.txt");
        var sdb = Stats(run, "sdb");
        Assert.Equal(("short", 2L, 47.0, 47.0, 0.10), (sdb.Layout, sdb.Samples, sdb.ReadAwaitMax!.Value, sdb.WriteAwaitMax!.Value, sdb.QueueMax!.Value));
        var sdd = Stats(run, "sdd"); // idle since boot: only in the third report
        Assert.Equal((1L, false), (sdd.Samples, sdd.HadBootReport));
    }

    [Fact]
    public void Basic_human_and_megabyte_layouts_read_throughput()
    {
        var human = Sample("sysstat_tests_expected.iostat-human.txt");
        Assert.Equal("basic", Stats(human, "sda").Layout);
        Assert.Null(Stats(human, "sda").BootUtil);
        var ym = Sample("sysstat_tests_expected.iostat-ym.txt");
        var sdd = Stats(ym, "sdd");
        Assert.Equal((1L, 0.07 * 1024), (sdd.Samples, sdd.ReadKBps!.Value));
        var plain = Sample("sysstat_tests_expected.iostat.txt");
        Assert.Equal((1L, 16.04), (Stats(plain, "sdr").Samples, Stats(plain, "sdr").WriteKBps!.Value)); // the third report is cut before sdr
    }

    [Fact]
    public void Pretty_layout_has_the_device_last_and_merges_its_sub_tables()
    {
        var run = Sample("sysstat_tests_expected.iostat-x-pretty.txt");
        Assert.Equal(InputStatus.Partial, run.Status); // one report only: since boot
        var sda = Stats(run, "sda");
        Assert.Equal(0.46, sda.BootUtil!.Value); // %util comes from the fourth sub-table
        Assert.Equal("extended-12.4", sda.Layout);
        var pretty = Sample("sysstat_tests_expected.iostat-pretty.txt");
        Assert.Equal(22, pretty.Of<DiskStats>().Count());
        Assert.Equal((1L, 0L), (Stats(pretty, "sda").Samples, Stats(pretty, "sda12").Samples)); // the excerpt ends inside the second report
    }

    [Fact]
    public void Cpu_only_capture_has_no_devices_and_is_not_a_failure()
    {
        var run = Sample("sysstat_tests_expected.iostat-ct.txt");
        Assert.Equal(InputStatus.Parsed, run.Status);
        Assert.Empty(run.Of<DiskStats>());
        Assert.Equal(9L, run.One<HostCpus>().Cpus);
    }
}
