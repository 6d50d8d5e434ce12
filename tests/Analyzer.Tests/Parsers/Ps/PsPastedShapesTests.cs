using Analyzer.Families.Linux.Facts;
using Analyzer.Families.Linux.Parsers.Ps;
using Analyzer.Inventory;
using Analyzer.Tests.Support;

namespace Analyzer.Tests.Parsers.Ps;

/// <summary>
/// ps outputs as they are pasted into issues and as sosreport stores them: headerless filters, `ps m` thread rows,
/// lstart, forest art, thread listings, and lsof (which has PID and TID but is no process listing).
/// </summary>
public sealed class PsPastedShapesTests
{
    private static readonly PsParser Parser = new();

    private static HostParse Sample(string name) => HostParse.Sample(Parser, "Ps", name);

    [Fact]
    public void Awk_filtered_pid_state_wchan_cmd_without_header_is_inferred()
    {
        var run = Sample("procps4_ps_eo_state_wchan_awk_D.txt");
        Assert.Equal(InputStatus.Parsed, run.Status);
        Assert.Contains(run.Context.Problems, p => p.Contains("inferred from the rows as `PID STAT WCHAN COMMAND`", StringComparison.Ordinal));
        var snap = run.One<ProcessSnapshot>();
        Assert.Equal((2L, 2L, true, true), (snap.Processes, snap.DState, snap.HasWchan, snap.LayoutInferred));
        var group = run.One<ProcessGroup>();
        Assert.Equal(("D", "vfwait", "kernel_clone", 2L), (group.State, group.Comm, group.Wchan, group.Count));
        Assert.Equal([2L, 5L], group.Pids);
        var d = run.Of<Process>().First();
        Assert.Equal(("./vfwait 8", 1), (d.Args, d.Provenance.Line));
    }

    [Fact]
    public void Grep_filtered_aux_rows_without_header_are_inferred_and_a_prompt_line_is_stepped_over()
    {
        var run = HostParse.Text(Parser, "$ ps aux | grep \" D\"\n" + HostParse.SampleText("Ps", "procps4_ps_aux_grep_D.txt"));
        var snap = run.One<ProcessSnapshot>();
        Assert.Equal(("USER PID %CPU %MEM VSZ RSS TTY STAT START TIME COMMAND", 3L, 2L, 1L, true), (snap.Layout, snap.Processes, snap.DState, snap.Sleeping, snap.LayoutInferred));
        var d = run.Of<Process>().Where(p => p.State == "D").ToList();
        Assert.Equal([(2L, "vfwait", "root", 1348L, "Dl")], d.Take(1).Select(p => (p.Pid, p.Comm, p.User!, p.RssKb!.Value, p.Stat)));
        Assert.Equal(2, d[0].Provenance.Line);
        Assert.Equal(InputStatus.Partial, run.Status); // the prompt line is not part of the listing
    }

    [Theory]
    [InlineData("1234 D dd if=/dev/zero of=/mnt/x bs=1M\n77 D [kworker/u8:2+flush-8:0]\n", "PID STAT COMMAND")]
    [InlineData("  900 Ds   io_schedule   /usr/sbin/rsyslogd -n\n  901 S+   -             bash\n", "PID STAT WCHAN COMMAND")]
    [InlineData("0     0  4242     1  20   0 123456 4096 io_sch D    ?          0:01 tar czf /b.tgz /home\n", "F UID PID PPID PRI NI VSZ RSS WCHAN STAT TTY TIME COMMAND")]
    [InlineData("1 D root       4242       2  0  80   0 -     0 rq_qos 10:00 ?        00:00:00 [kworker/u8:2+flush-8:0]\n", "F S UID PID PPID C PRI NI ADDR SZ WCHAN STIME TTY TIME CMD")]
    public void Other_headerless_filters_are_inferred(string text, string layout)
    {
        var run = HostParse.Text(Parser, text);
        Assert.Equal(InputStatus.Parsed, run.Status);
        Assert.Equal(layout, run.One<ProcessSnapshot>().Layout);
        Assert.Contains(run.Of<Process>(), p => p.State == "D");
    }

    [Theory]
    [InlineData("1234 hello world\n")]
    [InlineData("12 Dx thing\n")]
    [InlineData("the D state\n")]
    [InlineData("1 D a\n2 Q b\n")] // one row that fits no layout spoils the guess
    public void Rows_that_fit_no_layout_are_not_guessed(string text)
    {
        Assert.Equal(InputStatus.Failed, HostParse.Text(Parser, text).Status);
        Assert.Null(HostParse.Winner("notes.txt", text));
    }

    [Fact]
    public void Headerless_rows_are_detected_by_content()
    {
        Assert.Equal("ps", HostParse.Winner("paste.txt", HostParse.SampleText("Ps", "procps4_ps_eo_state_wchan_awk_D.txt")));
        Assert.Equal("ps", HostParse.Winner("paste.txt", HostParse.SampleText("Ps", "procps4_ps_aux_grep_D.txt")));
    }

    [Fact]
    public void Sosreport_auxwwwm_counts_the_thread_rows_under_each_process()
    {
        var run = Sample("procps4_ps_auxwwwm.txt");
        Assert.Equal(InputStatus.Parsed, run.Status);
        var snap = run.One<ProcessSnapshot>();
        Assert.Equal((14L, 2L, 11L, 1L), (snap.Processes, snap.DState, snap.Sleeping, snap.Running));
        var d = run.Of<Process>().Where(p => p.Reason == "d-state").ToList();
        Assert.Equal([(2L, "vfwait", "./vfwait 8", "Dl", 1348L), (5L, "vfwait", "./vfwait 8", "Dl", 1368L)],
            d.Select(p => (p.Pid, p.Comm, p.Args!, p.Stat, p.RssKb!.Value)));
        Assert.Equal(5, d[0].Provenance.Line); // the thread row that is in D
    }

    [Fact]
    public void Threads_of_one_process_in_d_name_its_pid_once()
    {
        var run = HostParse.Text(Parser, """
            USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND
            mysql        812  3.1 12.0 2301234 99120 ?       -    Nov30 120:01 /usr/sbin/mysqld
            mysql          -  0.0    -      -     - -        Ssl  Nov30   0:01 -
            mysql          -  1.0    -      -     - -        Dsl  Nov30  40:00 -
            mysql          -  1.0    -      -     - -        Dsl  Nov30  40:00 -
            """);
        var group = run.One<ProcessGroup>();
        Assert.Equal(("mysqld", 2L), (group.Comm, group.Count));
        Assert.Equal([812L], group.Pids);
    }

    [Fact]
    public void Lstart_takes_five_tokens_and_is_not_read_as_the_state()
    {
        var run = Sample("procps4_ps_axo_lstart.txt");
        Assert.Equal(InputStatus.Parsed, run.Status);
        var snap = run.One<ProcessSnapshot>();
        Assert.Equal((12L, 2L, 9L, 1L), (snap.Processes, snap.DState, snap.Sleeping, snap.Running));
        Assert.All(run.Of<Process>().Where(p => p.State == "D"), p => Assert.Equal(("vfwait", "./vfwait 8"), (p.Comm, p.Args!)));
    }

    [Theory]
    [InlineData("  PID STAT STARTED  COMMAND\n  4242 D      Dec 02 tar czf /b.tgz /home\n   12 S    10:00:01 bash\n")]
    [InlineData("  PID STAT COMMAND                                   STARTED\n 4242 D tar czf /b.tgz /home   Tue Dec  2 10:00:01 2026\n")]
    public void Start_columns_of_two_tokens_and_on_the_right_of_the_command(string text)
    {
        var run = HostParse.Text(Parser, text);
        Assert.Equal(InputStatus.Parsed, run.Status);
        var d = run.One<Process>();
        Assert.Equal((4242L, "tar", "tar czf /b.tgz /home"), (d.Pid, d.Comm, d.Args!));
    }

    [Theory]
    [InlineData("procps4_ps_auxf.txt", 12L)]
    [InlineData("procps4_ps_axjf.txt", 12L)]
    [InlineData("procps4_ps_ejH.txt", 12L)]
    public void Forest_art_is_not_part_of_the_command(string name, long processes)
    {
        var run = Sample(name);
        Assert.Equal(InputStatus.Parsed, run.Status);
        Assert.Equal(processes, run.One<ProcessSnapshot>().Processes);
        foreach (var p in run.Of<Process>())
        {
            Assert.DoesNotContain("\\_", p.Args ?? "");
            Assert.False(p.Comm is "|" or "\\_");
        }
        if (name != "procps4_ps_ejH.txt")
            Assert.Equal(2, run.Of<Process>().Count(p => p is { State: "D", Comm: "vfwait", Args: "./vfwait 8" }));
    }

    [Fact]
    public void Forest_art_with_bars_under_a_d_state_child()
    {
        var run = HostParse.Text(Parser, """
             PPID     PID    PGID     SID TTY        TPGID STAT   UID   TIME COMMAND
                1     600     600     600 ?             -1 Ss       0   0:00 /usr/sbin/sshd -D
              600    4100    4100    4100 ?             -1 Ss       0   0:00  \_ sshd: admin [priv]
             4100    4102    4100    4100 ?             -1 S     1000   0:00  |   \_ sshd: admin@pts/0
             4102    4103    4103    4103 pts/0       4200 Ss    1000   0:00  |       \_ -bash
             4103    4200    4200    4103 pts/0       4200 D+    1000   0:03  |           \_ rsync -a /data /mnt/nfs
            """);
        var d = run.One<Process>();
        Assert.Equal((4200L, "rsync", "rsync -a /data /mnt/nfs"), (d.Pid, d.Comm, d.Args!));
    }

    [Fact]
    public void Thread_listings_with_lwp_and_nlwp()
    {
        var ef = Sample("procps4_ps_eLf.txt");
        Assert.Equal((14L, false), (ef.One<ProcessSnapshot>().Processes, ef.One<ProcessSnapshot>().HasState));
        var eo = Sample("procps4_ps_eLo_nlwp.txt");
        Assert.Equal(InputStatus.Parsed, eo.Status);
        var d = eo.Of<Process>().Where(p => p.State == "D").ToList();
        Assert.Equal([(2L, 2L, 2L, "kernel_clone"), (5L, 5L, 2L, "kernel_clone")], d.Select(p => (p.Pid, p.Tgid!.Value, p.Threads!.Value, p.Wchan!)));
    }

    [Theory]
    [InlineData("lsof4_p.txt")]
    [InlineData("lsof4_K_tid.txt")]
    public void Lsof_is_not_a_process_listing(string name)
    {
        var text = HostParse.SampleText("Ps", name);
        Assert.NotEqual("ps", HostParse.Winner("lsof", text));
        Assert.Equal(InputStatus.Failed, HostParse.Text(Parser, text).Status);
    }
}
