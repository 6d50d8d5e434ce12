using System.Text;
using Analyzer.Families.Linux.Facts;
using Analyzer.Inventory;
using Analyzer.Families.Linux.Parsers.Iostat;
using Analyzer.Tests.Support;

namespace Analyzer.Tests.Parsers.Iostat;

/// <summary>Damaged, huge and hostile input: problems are reported, nothing throws, memory stays bounded.</summary>
public sealed class IostatRobustnessTests
{
    private static readonly IostatParser Parser = new();

    private const string Header = "Device            r/s     rkB/s   rrqm/s  %rrqm r_await rareq-sz     w/s     wkB/s   wrqm/s  %wrqm w_await wareq-sz  aqu-sz  %util";

    [Theory]
    [InlineData("")]
    [InlineData("hello world\nnot iostat\n")]
    [InlineData("\0\0\0\0binary")]
    public void Garbage_fails_without_facts(string text)
    {
        var run = HostParse.Text(Parser, text);
        Assert.Equal(InputStatus.Failed, run.Status);
        Assert.Empty(run.Facts);
    }

    [Fact]
    public void Rows_that_do_not_fit_the_header_make_the_input_partial()
    {
        var text = $"{Header}\nsda 1 2 3 4 5 6 7 8 9 10 11 12 0.5 10\nsda 1 2 3\nsda 1 2 3 4 5 6 7 8 9 10 11 12 0.5 95\n";
        var run = HostParse.Text(Parser, text);
        Assert.Equal(InputStatus.Partial, run.Status);
        Assert.Contains(run.Context.Problems, p => p.Contains("1 line(s)", StringComparison.Ordinal));
        Assert.Equal(95, Assert.Single(run.Of<DiskSample>()).Util);
    }

    [Fact]
    public void A_64_megabyte_line_is_cut_and_skipped()
    {
        var text = $"{Header}\nsda 1 2 3 4 5 6 7 8 9 10 11 12 0.5 10\n" + new string('x', 64 * 1024 * 1024) + $"\nsda 1 2 3 4 5 6 7 8 9 10 11 12 0.5 95\n";
        var run = HostParse.Text(Parser, text);
        Assert.Equal(InputStatus.Partial, run.Status);
        Assert.Equal(95, Assert.Single(run.Of<DiskSample>()).Util);
    }

    [Fact]
    public void A_day_of_one_second_reports_keeps_the_last_samples_and_summarises_all()
    {
        var text = new StringBuilder();
        const int reports = IostatParser.MaxSamples / 2 + 1001;
        for (var i = 0; i < reports; i++)
        {
            text.Append("avg-cpu:  %user   %nice %system %iowait  %steal   %idle\n           1.00    0.00    1.00    0.00    0.00   98.00\n\n");
            text.Append(Header).Append('\n');
            text.Append($"sda 1 2 3 4 5 6 7 8 9 10 11 12 0.5 {i % 100}\nsdb 1 2 3 4 5 6 7 8 9 10 11 12 0.5 1\n\n");
        }
        var run = HostParse.Text(Parser, text.ToString());
        Assert.Equal(IostatParser.MaxSamples, run.Of<DiskSample>().Count());
        Assert.Equal(reports - 1, Assert.Single(run.Of<DiskStats>(), d => d.Device == "sda").Samples);
        Assert.Equal(reports - 1, run.Of<DiskSample>().Max(s => s.Interval));
        Assert.Contains(run.Context.Problems, p => p.Contains("older interval rows", StringComparison.Ordinal));
    }

    [Fact]
    public void Detection_prefers_content_and_leaves_other_tables_alone()
    {
        Assert.Equal("iostat", HostParse.Winner("x.txt", HostParse.SampleText("Iostat", "sysstat_tests_expected.iostat-x.txt")));
        Assert.Equal("iostat", HostParse.Winner("x.txt", HostParse.SampleText("Iostat", "new_12x_dm_devices_cmp5.txt")));
        Assert.Null(HostParse.Winner("notes.txt", "Device names: sda and sdb\n"));
    }
}
