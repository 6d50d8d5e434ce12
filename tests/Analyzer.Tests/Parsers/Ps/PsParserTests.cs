using System.Text;
using Analyzer.Families.Linux.Facts;
using Analyzer.Inventory;
using Analyzer.Families.Linux.Parsers.Ps;
using Analyzer.Tests.Support;

namespace Analyzer.Tests.Parsers.Ps;

/// <summary>ps in every layout of formats.md §5.1 and the samples, read by header; bounded on huge listings.</summary>
public sealed class PsParserTests
{
    private static readonly PsParser Parser = new();

    private static HostParse Sample(string name) => HostParse.Sample(Parser, "Ps", name);

    [Fact]
    public void Aux_counts_states_and_groups_zombies()
    {
        var run = Sample("ps_auxww_insights_core.txt");
        Assert.Equal(InputStatus.Parsed, run.Status);
        var snap = run.One<ProcessSnapshot>();
        Assert.Equal((8L, 0L, 7L, 1L, true, false), (snap.Processes, snap.DState, snap.Sleeping, snap.Zombie, snap.HasState, snap.HasWchan));
        var zombie = run.One<ProcessGroup>();
        Assert.Equal(("Z", "kondemand/0", 1L, 1821L), (zombie.State, zombie.Comm, zombie.Count, zombie.Pids[0]));
        Assert.Empty(run.Of<Process>()); // no D state, no CPU use
    }

    [Fact]
    public void Misaligned_aux_columns_split_on_blanks_and_keep_the_command_line()
    {
        var run = Sample("ps_aux_container_misaligned_insights_core.txt");
        var busiest = run.Of<Process>().OrderByDescending(p => p.CpuPercent).ToList();
        Assert.Equal(["java", "qemu-kvm"], busiest.Select(p => p.Comm));
        var qemu = busiest[1];
        Assert.Equal((22673L, "qemu", "Sl", 805636L, 0.8, 10.2), (qemu.Pid, qemu.User, qemu.Stat, qemu.RssKb!.Value, qemu.CpuPercent!.Value, qemu.MemPercent!.Value));
        Assert.StartsWith("/usr/libexec/qemu-kvm -name rhel7 -S", qemu.Args);
        Assert.Equal(("top-cpu", 5), (qemu.Reason, qemu.Provenance.Line));
    }

    [Fact]
    public void Alx_reads_the_truncated_wait_channel()
    {
        var run = Sample("ps_alxwww_wchan_insights_core.txt");
        var snap = run.One<ProcessSnapshot>();
        Assert.Equal((8L, true), (snap.Processes, snap.HasWchan));
        Assert.Equal("F UID PID PPID PRI NI VSZ RSS WCHAN STAT TTY TIME COMMAND", snap.Layout);
    }

    [Theory]
    [InlineData("procps4_ps_elfL.txt", true)]
    [InlineData("procps4_ps_ef.txt", false)]
    [InlineData("procps4_ps_eo_comm_args.txt", true)]
    [InlineData("procps4_ps_eLo_threads.txt", true)]
    [InlineData("procps4_ps_alx.txt", true)]
    public void Real_procps4_layouts_read_every_row(string name, bool hasState)
    {
        var run = Sample(name);
        Assert.Equal(InputStatus.Parsed, run.Status);
        var snap = run.One<ProcessSnapshot>();
        Assert.Equal((6L, hasState, hasState ? 1L : 0L, hasState ? 5L : 0L), (snap.Processes, snap.HasState, snap.Running, snap.Sleeping));
    }

    [Fact]
    public void D_state_rows_of_the_real_capture_are_grouped_by_command_and_wait_channel()
    {
        var run = HostParse.Fixture(Parser, "host-disk-busy", "ps-eo-wchan.txt");
        var groups = run.Of<ProcessGroup>().OrderByDescending(g => g.Count).ToList();
        Assert.Equal(2, groups.Count);
        Assert.Equal(("D", "dd", "iomap_dio_rw", 4L), (groups[0].State, groups[0].Comm, groups[0].Wchan, groups[0].Count));
        Assert.Equal([12L, 13L, 24L, 25L], groups[0].Pids);
        Assert.Equal(("sync_dirty_buffer", 14L), (groups[1].Wchan, groups[1].Pids.Single()));
        var d = run.Of<Process>().Where(p => p.Reason == "d-state").ToList();
        Assert.Equal([12L, 13L, 14L, 24L, 25L], d.Select(p => p.Pid));
        Assert.All(d, p => Assert.Equal(("dd", "D"), (p.Comm, p.State)));
        Assert.Equal(5L, run.One<ProcessSnapshot>().DState);
    }

    [Fact]
    public void Aux_d_state_rows_name_the_program_of_the_command_line()
    {
        var run = HostParse.Fixture(Parser, "host-disk-busy", "ps-aux.txt");
        var dd = run.Of<Process>().Where(p => p.State == "D").ToList();
        Assert.Equal(5, dd.Count);
        Assert.All(dd, p => Assert.Equal("dd", p.Comm));
        Assert.StartsWith("dd if=", dd[0].Args);
    }

    [Fact]
    public void Comm_and_args_both_printed_as_COMMAND()
    {
        var run = HostParse.Text(Parser, "    PID    PPID STAT WCHAN                            COMMAND         COMMAND\n   4242       1 D    nfs_wait_bit_killable            tar             tar czf /backup/home.tgz /home\n");
        var p = run.One<Process>();
        Assert.Equal((4242L, 1L, "tar", "nfs_wait_bit_killable", "tar czf /backup/home.tgz /home"), (p.Pid, p.Ppid!.Value, p.Comm, p.Wchan, p.Args));
    }

    [Fact]
    public void Thread_listing_reports_the_thread_id_as_the_kernel_does()
    {
        var run = HostParse.Text(Parser, "    PID     LWP STAT WCHAN  COMMAND\n    900     900 Ssl  futex_ systemd-journal\n    900     913 D    io_sch systemd-journal\n");
        var p = run.One<Process>();
        Assert.Equal((913L, 900L), (p.Pid, p.Tgid!.Value));
        Assert.Equal([913L], run.One<ProcessGroup>().Pids);
    }

    [Fact]
    public void Custom_order_with_the_command_in_the_middle()
    {
        var run = HostParse.Text(Parser, "  PID COMMAND         STAT %CPU\n  77 kworker/u8:2+flush-8:0 D 0.0\n 4242 /usr/bin/python3 app.py R 97.5\n");
        Assert.Equal(InputStatus.Parsed, run.Status);
        var d = Assert.Single(run.Of<Process>(), p => p.State == "D");
        Assert.Equal("kworker/u8:2+flush-8:0", d.Comm);
        var busy = Assert.Single(run.Of<Process>(), p => p.State == "R");
        Assert.Equal(("python3", 97.5), (busy.Comm, busy.CpuPercent!.Value));
    }

    [Fact]
    public void A_hundred_thousand_processes_stay_bounded()
    {
        var text = new StringBuilder("USER       PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND\n");
        for (var i = 1; i <= 100_000; i++)
        {
            var state = i % 50 == 0 ? "D" : i % 7 == 0 ? "R" : "S";
            var command = i % 100 == 0 ? "[kworker/u8:1]" : i % 50 == 0 ? "/usr/bin/rsync -a /src /dst" : "/usr/sbin/httpd -DFOREGROUND";
            text.Append($"www {i,9} {i % 1000 / 10.0,4:0.0}  0.1 123456  4096 ?        {state}    10:00   0:00 {command}\n");
        }
        var run = HostParse.Text(Parser, text.ToString());
        var snap = run.One<ProcessSnapshot>();
        Assert.Equal((100_000L, 2000L), (snap.Processes, snap.DState));
        Assert.Equal(ProcessTable.MaxStateProcesses, run.Of<Process>().Count(p => p.Reason == "d-state"));
        Assert.Equal(ProcessTable.TopCpu, run.Of<Process>().Count(p => p.Reason == "top-cpu"));
        var groups = run.Of<ProcessGroup>().ToDictionary(g => g.Comm);
        Assert.Equal((1000L, 1000L), (groups["rsync"].Count, groups["kworker/u8:1"].Count));
        Assert.Equal(ProcessTable.PidsPerGroup, groups["rsync"].Pids.Count);
        Assert.True(run.Facts.Count < 600);
    }

    [Theory]
    [InlineData("")]
    [InlineData("just some text\nwith words\n")]
    [InlineData("\0\0\0")]
    public void Garbage_fails_without_facts(string text)
    {
        var run = HostParse.Text(Parser, text);
        Assert.Equal(InputStatus.Failed, run.Status);
        Assert.Empty(run.Facts);
    }

    [Fact]
    public void Rows_that_do_not_fit_make_the_listing_partial()
    {
        var run = HostParse.Text(Parser, "  PID STAT WCHAN COMMAND\n  1 S do_wait init\nbroken\n  2 D\n" + new string('y', 70_000) + "\n");
        Assert.Equal(InputStatus.Partial, run.Status);
        Assert.Equal(1L, run.One<ProcessSnapshot>().Processes);
    }

    [Fact]
    public void Detection_by_header_and_by_name()
    {
        Assert.Equal("ps", HostParse.Winner("x", HostParse.SampleText("Ps", "procps4_ps_elfL.txt")));
        Assert.Equal("ps", HostParse.Winner("x", "$ ps aux\n" + HostParse.SampleText("Ps", "ps_auxww_insights_core.txt")));
        Assert.Equal(Analyzer.Detection.DetectionConfidence.Name, HostParse.Detect(Parser, "sos_commands/process/ps_auxwww", "\n"));
        Assert.Null(HostParse.Winner("notes.txt", "PID files live in /run\n"));
        // lslocks (sosreport sos_commands/filesys/lslocks) has PID and COMMAND but is no process listing.
        Assert.Null(HostParse.Winner("lslocks", "COMMAND           PID  TYPE SIZE MODE  M START END PATH\ncron              911 FLOCK   5B WRITE 0     0   0 /run/crond.pid\n"));
    }
}
