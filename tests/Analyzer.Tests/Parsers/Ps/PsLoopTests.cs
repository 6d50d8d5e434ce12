using Analyzer.Families.Linux.Facts;
using Analyzer.Families.Linux.Parsers.Ps;
using Analyzer.Inventory;
using Analyzer.Tests.Support;
using Analyzer.Text;

namespace Analyzer.Tests.Parsers.Ps;

/// <summary>
/// ps run in a loop into one file (`while sleep 5; do date; ps ...; done`): each listing is the next sample of one
/// listing, with the capture time of the `date` line before it, so a task in D in several samples is seen again
/// later. Real captures (samples/SOURCE.txt) in every loop layout; damage makes the file partial, never merged.
/// </summary>
public sealed class PsLoopTests
{
    private static readonly PsParser Parser = new();

    [Theory]
    [InlineData("procps4_ps_aux_loop_date_u.txt", "2026-12-03T11:57:40Z", 2.0)]
    [InlineData("procps4_ps_elf_loop_epoch.txt", "2026-12-03T11:57:47Z", 2.0)]
    [InlineData("procps4_ps_eo_loop_separator.txt", "2026-12-03T11:57:54Z", 2.0)]
    [InlineData("procps4_ps_eo_loop_nodate.txt", null, null)]
    public void Each_listing_of_a_loop_is_the_next_sample(string name, string? first, double? interval)
    {
        var run = HostParse.Sample(Parser, "Ps", name);
        Assert.Equal(InputStatus.Parsed, run.Status);
        var snapshots = run.Of<ProcessSnapshot>().ToList();
        Assert.Equal([1L, 2L, 3L], snapshots.Select(s => s.Iteration));
        Assert.All(snapshots, s => Assert.Equal(4L, s.Processes));
        // The vfork parent (pid 2) is in D in every sample: the same task seen again, not an instant.
        var d = run.Of<Process>().Where(p => p.State == "D").ToList();
        Assert.Equal([1L, 2L, 3L], d.Select(p => p.Iteration));
        Assert.All(d, p => Assert.Equal((2L, "vforkwait"), (p.Pid, p.Comm)));
        Assert.Equal(first, d[0].Captured);
        Assert.Equal(first, snapshots[0].Captured);
        if (interval is { } seconds)
        {
            Assert.Equal([TimeSpan.Zero, TimeSpan.FromSeconds(seconds), TimeSpan.FromSeconds(2 * seconds)], d.Select(p => p.Elapsed!.Value));
            Assert.Equal(d.Select(p => p.Elapsed), snapshots.Select(s => s.Elapsed));
        }
        else
            Assert.All(d, p => Assert.Null(p.Elapsed));
    }

    [Fact]
    public void Plain_date_lines_give_the_capture_times_of_the_fixture()
    {
        var run = HostParse.Fixture(Parser, "host-ps-loop-stuck", "ps-eo-wchan.log");
        Assert.Equal(InputStatus.Parsed, run.Status);
        var d = run.Of<Process>().Where(p => p.State == "D").ToList();
        Assert.Equal([1L, 2L, 3L, 4L], d.Select(p => p.Iteration));
        Assert.Equal(["2026-12-03T11:57:13Z", "2026-12-03T11:57:18Z", "2026-12-03T11:57:23Z", "2026-12-03T11:57:28Z"], d.Select(p => p.Captured));
        Assert.Equal(TimeSpan.FromSeconds(15), d[^1].Elapsed);
        Assert.Equal(("kernel_clone", 4), (d[0].Wchan, d[0].Provenance.Line));
    }

    [Fact]
    public void A_task_in_D_once_and_gone_later_is_in_the_first_sample_only()
    {
        var run = HostParse.Fixture(Parser, "host-ps-loop-instant", "ps-eo-wchan.log");
        Assert.Equal(InputStatus.Parsed, run.Status);
        Assert.Equal([1L, 2L, 3L], run.Of<ProcessSnapshot>().Select(s => s.Iteration));
        var d = Assert.Single(run.Of<Process>(), p => p.State == "D");
        Assert.Equal((2L, 1L), (d.Pid, d.Iteration));
    }

    [Theory]
    [InlineData("Thu Dec  3 11:53:53 UTC 2026", "2026-12-03T11:53:53Z")]
    [InlineData("Thu Dec  3 11:53:53 AM UTC 2026", "2026-12-03T11:53:53Z")]
    [InlineData("Thu Dec  3 01:53:53 PM CET 2026", "2026-12-03T13:53:53 CET")]
    [InlineData("Thu  3 Dec 11:53:53 UTC 2026", "2026-12-03T11:53:53Z")]
    [InlineData("Thu, 03 Dec 2026 12:53:53 +0100", "2026-12-03T11:53:53Z")]
    [InlineData("2026-12-03T11:53:53+00:00", "2026-12-03T11:53:53Z")]
    [InlineData("2026-12-03T11:53:53,123456789-05:00", "2026-12-03T16:53:53Z")]
    [InlineData("2026-12-03 11:53:53", "2026-12-03T11:53:53")]
    [InlineData("1796298833", "2026-12-03T11:53:53Z")]
    [InlineData("1796298833.250", "2026-12-03T11:53:53Z")]
    [InlineData("=== Thu Dec  3 11:53:53 UTC 2026 ===", "2026-12-03T11:53:53Z")]
    [InlineData("----- 2026-12-03 11:53:53 UTC -----", "2026-12-03T11:53:53Z")]
    [InlineData("# 2026-12-03T11:53:53Z", "2026-12-03T11:53:53Z")]
    public void Date_lines_in_the_layouts_date_prints(string line, string captured)
    {
        var stamp = CaptureStamp.TryParse(line);
        Assert.NotNull(stamp);
        Assert.Equal(captured, stamp.Value.Text);
    }

    [Theory]
    [InlineData("      2 D    kernel_clone                     vforkwait")]
    [InlineData("root           1  0.0  0.0   3940  2804 ?        S    11:57   0:00 bash")]
    [InlineData("12345")]
    [InlineData("Thu Dec 3")]
    [InlineData("=====")]
    [InlineData(",  load average: 6.32, 2.73, 1.08")]
    [InlineData(", , , 11:00:00 ,")]
    [InlineData("Dec 3 11:00:00 +")]
    [InlineData("2026-12-03T11:53:53+")]
    [InlineData("2026-12-03T11:53:53 extra words")]
    [InlineData("Feb 30 11:00:00 2026")]
    [InlineData("1796298833.")]
    public void Rows_and_other_text_are_no_date_lines(string line) => Assert.Null(CaptureStamp.TryParse(line));

    [Fact]
    public void Any_mix_of_date_words_and_punctuation_is_read_without_throwing()
    {
        string[] words = ["Thu", "Dec", "3", "03", "11:53:53", "1:53:53", "AM", "PM", "UTC", "+0100", "-05:00", "+", "-", ",", "2026", "=", "#", "2026-12-03T11:53:53", ",123", "Z", ".", ":", "1796298833", "99:99:99"];
        var random = new Random(10);
        for (var i = 0; i < 20_000; i++)
        {
            var line = string.Join(random.Next(3) == 0 ? "" : " ", Enumerable.Range(0, random.Next(1, 9)).Select(_ => words[random.Next(words.Length)]));
            _ = CaptureStamp.TryParse(line);
        }
    }

    [Fact]
    public void A_listing_cut_mid_line_at_the_end_makes_the_file_partial()
    {
        var text = HostParse.SampleText("Ps", "procps4_ps_aux_loop_date_u.txt");
        var cut = text[..(text.LastIndexOf("/tmp/vforkwait 20\n", StringComparison.Ordinal) + 6)];
        var run = HostParse.Text(Parser, cut, "ps.log");
        Assert.Equal(InputStatus.Partial, run.Status);
        Assert.Contains(run.Context.Problems, p => p.Contains("cut short", StringComparison.Ordinal));
        // The complete samples are still read: the task in D in each of the first two, and in the third up to the cut.
        Assert.Equal([1L, 2L, 3L], run.Of<ProcessSnapshot>().Select(s => s.Iteration));
    }

    [Fact]
    public void A_last_listing_much_shorter_than_the_one_before_is_cut_short()
    {
        var block = "    PID STAT WCHAN                            COMMAND\n" + string.Concat(Enumerable.Range(1, 12).Select(i => $"{i,7} S    do_wait                          bash\n"));
        var run = HostParse.Text(Parser, "Thu Dec  3 11:57:13 UTC 2026\n" + block + "Thu Dec  3 11:57:18 UTC 2026\n" + block[..(block.IndexOf("      3 S", StringComparison.Ordinal))]);
        Assert.Equal(InputStatus.Partial, run.Status);
        Assert.Contains(run.Context.Problems, p => p.Contains("cut short", StringComparison.Ordinal) && p.Contains("2 of 12", StringComparison.Ordinal));
    }

    [Fact]
    public void A_lost_header_after_a_date_line_is_partial_and_read_with_the_columns_before()
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Fixtures, "host-ps-loop-stuck", "ps-eo-wchan.log")).ToList();
        lines.RemoveAt(7); // the second listing's header
        var run = HostParse.Text(Parser, string.Join('\n', lines) + "\n", "ps.log");
        Assert.Equal(InputStatus.Partial, run.Status);
        Assert.Contains(run.Context.Problems, p => p.Contains("no header", StringComparison.Ordinal));
        Assert.Equal([1L, 2L, 3L, 4L], run.Of<Process>().Where(p => p.State == "D").Select(p => p.Iteration));
    }

    [Fact]
    public void Two_listings_run_together_without_a_header_between_are_partial_not_one_sample()
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Fixtures, "host-ps-loop-stuck", "ps-eo-wchan.log")).ToList();
        lines.RemoveRange(6, 2); // the second date line and header: its rows run on in the first listing
        var run = HostParse.Text(Parser, string.Join('\n', lines) + "\n", "ps.log");
        Assert.Equal(InputStatus.Partial, run.Status);
        Assert.Contains(run.Context.Problems, p => p.Contains("pid 1 listed twice", StringComparison.Ordinal));
    }

    [Fact]
    public void Filtered_loops_without_headers_are_split_by_their_date_lines()
    {
        // `while sleep 5; do date; ps -eo pid,stat,wchan:32,cmd | awk '$2 ~ /D/'; done`: the filter drops the header,
        // and a sample with nothing in D prints its date line alone.
        var run = HostParse.Text(Parser, """
            Thu Dec  3 11:57:13 UTC 2026
               4120 D    nfs_lock_and_join_requests       rsync -a /data /mnt/nfs
               4188 D    nfs_lock_and_join_requests       tar cf /mnt/nfs/x.tar /home
            Thu Dec  3 11:57:18 UTC 2026
               4120 D    nfs_lock_and_join_requests       rsync -a /data /mnt/nfs
            Thu Dec  3 11:57:23 UTC 2026

            """, "ps-d.log");
        Assert.Equal(InputStatus.Parsed, run.Status);
        Assert.Equal([1L, 2L, 3L], run.Of<ProcessSnapshot>().Select(s => s.Iteration));
        Assert.Equal([2L, 1L, 0L], run.Of<ProcessSnapshot>().Select(s => s.DState));
        Assert.Equal([(4120L, 1L), (4188L, 1L), (4120L, 2L)], run.Of<Process>().Select(p => (p.Pid, p.Iteration)));
        Assert.Equal(TimeSpan.FromSeconds(10), run.Of<ProcessSnapshot>().Last().Elapsed);
    }

    [Fact]
    public void Different_listings_appended_without_a_time_are_one_moment()
    {
        // A collector's `ps aux; ps -elf > ps.txt`: two views of one moment, not two samples.
        var aux = HostParse.SampleText("Ps", "procps4_ps_aux_loop_date_u.txt").Split('\n')[1..6];
        var elf = HostParse.SampleText("Ps", "procps4_ps_elf_loop_epoch.txt").Split('\n')[1..6];
        var run = HostParse.Text(Parser, string.Join('\n', aux.Concat(elf)) + "\n", "ps.txt");
        Assert.Equal(InputStatus.Parsed, run.Status);
        Assert.Equal([1L, 1L], run.Of<ProcessSnapshot>().Select(s => s.Iteration));
        Assert.All(run.Of<Process>().Where(p => p.State == "D"), p => Assert.Equal(1L, p.Iteration));
        // Counted once: the second view adds no process groups of its own.
        Assert.Equal(1L, Assert.Single(run.Of<ProcessGroup>(), g => g.State == "D").Count);
    }

    [Fact]
    public void A_date_line_with_no_listing_after_it_ends_a_cut_loop()
    {
        var text = HostParse.SampleText("Ps", "procps4_ps_eo_loop_separator.txt") + "=== 2026-12-03T11:58:00+00:00 ===\n";
        var run = HostParse.Text(Parser, text, "ps.log");
        Assert.Equal(InputStatus.Partial, run.Status);
        Assert.Contains(run.Context.Problems, p => p.Contains("no listing after", StringComparison.Ordinal));
        Assert.Equal(3, run.Of<ProcessSnapshot>().Count());
    }
}
