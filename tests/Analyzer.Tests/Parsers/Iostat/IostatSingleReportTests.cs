using Analyzer.Families.Linux.Facts;
using Analyzer.Families.Linux.Parsers.Iostat;
using Analyzer.Inventory;
using Analyzer.Tests.Support;

namespace Analyzer.Tests.Parsers.Iostat;

/// <summary>
/// One pasted iostat report: since-boot averages unless the paste shows it is not iostat's first report (`-y` in
/// the command or the file name, an earlier report cut above it, a timestamp on a later day than the banner).
/// </summary>
public sealed class IostatSingleReportTests
{
    private static readonly IostatParser Parser = new();

    [Fact]
    public void A_lone_first_report_stays_since_boot_and_says_no_interval_was_measured()
    {
        var run = HostParse.Sample(Parser, "Iostat", "sysstat12_x_t_1_1_lone_since_boot.txt");
        Assert.Equal(InputStatus.Partial, run.Status);
        Assert.Contains(run.Context.Problems, p => p.StartsWith("one report only: since-boot averages, no interval measured", StringComparison.Ordinal));
        var vda = run.One<DiskStats>();
        Assert.Equal((0L, true, 9.57), (vda.Samples, vda.HadBootReport, vda.BootUtil!.Value));
        Assert.Empty(run.Of<DiskSample>());
    }

    [Fact]
    public void A_prompt_with_y_makes_the_lone_report_an_interval()
    {
        var run = HostParse.Sample(Parser, "Iostat", "sysstat12_xy_t_1_1_prompt.txt");
        Assert.Equal(InputStatus.Parsed, run.Status);
        Assert.Contains(run.Context.Problems, p => p.Contains("`[root@host01 ~]# iostat -xy -t 1 1` has `-y`", StringComparison.Ordinal));
        var vda = run.One<DiskStats>();
        Assert.Equal((1L, false, 100.0), (vda.Samples, vda.HadBootReport, vda.UtilMax!.Value));
        var sample = run.One<DiskSample>();
        Assert.Equal((1L, "11/29/26 19:07:11", 9), (sample.Interval, sample.Timestamp!, sample.Provenance.Line!.Value));
    }

    [Fact]
    public void Through_the_pipeline_the_prompt_transport_takes_off_still_tells_y()
    {
        // Transport reads `[root@host01 ~]# iostat -xy -t 1 1` as a shell prompt and removes it; its command reaches the
        // parser as the entry's name hint, so the lone report is still an interval and the input fully read.
        var report = Analyzer.Pipeline.Analysis.Run(Path.Combine(AppContext.BaseDirectory, "Parsers", "Iostat", "samples", "sysstat12_xy_t_1_1_prompt.txt"), ShippedRules.Rules);
        var input = Assert.Single(report.Inputs);
        Assert.Equal(InputStatus.Parsed, input.Status);
        Assert.Contains(report.Findings, f => f.RuleId == "LNX0032");
    }

    [Fact]
    public void A_report_below_the_cut_rows_of_an_earlier_one_is_an_interval()
    {
        var run = HostParse.Sample(Parser, "Iostat", "sysstat12_x_t_cut_previous_report.txt");
        Assert.Equal(InputStatus.Partial, run.Status); // the cut row itself is not read
        Assert.Contains(run.Context.Problems, p => p.Contains("cut above its header", StringComparison.Ordinal));
        Assert.Equal((1L, 100.0), (run.One<DiskStats>().Samples, run.One<DiskSample>().Util!.Value));
    }

    [Theory]
    [InlineData("iostat_-xy_1_1", true)]
    [InlineData("sos_commands/block/iostat_-d_-x_-y_5_1", true)]
    [InlineData("iostat-ym.txt", true)]
    [InlineData("iostat_-x_1_1", false)]
    [InlineData("iostat.txt", false)]
    public void The_file_name_tells_y_too(string path, bool interval)
    {
        var text = string.Join('\n', HostParse.SampleText("Iostat", "sysstat12_xy_t_1_1_prompt.txt").Split('\n').Skip(1));
        var run = HostParse.Text(Parser, text, path);
        Assert.Equal(interval ? 1L : 0L, run.One<DiskStats>().Samples);
    }

    [Fact]
    public void A_timestamp_on_a_later_day_than_the_banner_is_not_the_first_report()
    {
        // sysstat 12 -t output whose report was printed past midnight (the banner keeps the day iostat started).
        const string text = "Linux 6.18.44 (host01) \t11/29/26 \t_x86_64_\t(2 CPU)\n\n11/30/26 00:00:03\navg-cpu:  %user   %nice %system %iowait  %steal   %idle\n           0.52    0.00    9.90   87.50    0.00    2.08\n\n"
                            + "Device            r/s     rkB/s w_await  aqu-sz  %util\nvda           2010.00 1190912.00  1.67    6.14 100.00\n\n";
        var run = HostParse.Text(Parser, text);
        Assert.Contains(run.Context.Problems, p => p.Contains("later day than the banner's start date 11/29/26", StringComparison.Ordinal));
        Assert.Equal(1L, run.One<DiskStats>().Samples);
        var sameDay = HostParse.Text(Parser, text.Replace("11/30/26 00:00:03", "11/29/26 23:59:58", StringComparison.Ordinal));
        Assert.Equal(0L, sameDay.One<DiskStats>().Samples);
    }

    [Fact]
    public void A_y_capture_of_several_reports_keeps_the_first_as_an_interval()
    {
        var run = HostParse.Text(Parser, "$ iostat -dxy 1 2\n" + string.Join('\n', HostParse.SampleText("Iostat", "sysstat12_xy_t_1_1_prompt.txt").Split('\n').Skip(1)) + "\n"
                                         + "Device            r/s     rkB/s   rrqm/s  %rrqm r_await rareq-sz     w/s     wkB/s   wrqm/s  %wrqm w_await wareq-sz     d/s     dkB/s   drqm/s  %drqm d_await dareq-sz     f/s f_await  aqu-sz  %util\n"
                                         + "vda           1900.00 1100000.00     0.00   0.00    1.50   592.49 1600.00   5000.00    70.00   4.20    1.60     3.13    0.00      0.00     0.00   0.00    0.00     0.00  400.00    0.80    6.00 99.00\n");
        Assert.Equal([1L, 2L], run.Of<DiskSample>().Select(s => s.Interval));
    }
}
