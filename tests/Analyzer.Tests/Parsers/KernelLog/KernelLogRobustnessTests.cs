using System.Text;
using Analyzer.Families.Linux.Facts;
using Analyzer.Inventory;

namespace Analyzer.Tests.Parsers.KernelLog;

/// <summary>Floods stay bounded, garbage and cut input never crash, and nothing is dropped silently.</summary>
public sealed class KernelLogRobustnessTests
{
    [Fact]
    public void An_io_error_flood_is_one_fact_per_device()
    {
        var sb = new StringBuilder();
        for (var i = 0; i < 20_000; i++)
            sb.Append("[ ").Append(100 + i).Append(".000000] blk_update_request: I/O error, dev sdb, sector ").Append(2048 + i * 8).Append(" op 0x0:(READ) flags 0x0 phys_seg 1 prio class 0\n");
        sb.Append("[ 30000.000000] Buffer I/O error on dev sdb1, logical block 0, async page read\n");
        sb.Append("[ 30001.000000] ata3.00: exception Emask 0x0 SAct 0x0 SErr 0x0 action 0x6 frozen\n");
        sb.Append("[ 30001.000001] ata3.00: failed command: READ FPDMA QUEUED\n");
        sb.Append("[ 30002.000000] ata3: hard resetting link\n");
        sb.Append("[ 30003.000000] nvme nvme0: I/O 123 QID 4 timeout, aborting\n");
        sb.Append("[ 30004.000000] I/O error, dev nvme0n1, sector 42 op 0x1:(WRITE) flags 0x800 phys_seg 1 prio class 2\n");
        var run = KernelLogHarness.Run(sb.ToString());
        var byDevice = run.Of<BlockDeviceErrors>().ToDictionary(b => b.Device);
        var sdb = byDevice["sdb"];
        Assert.Equal((20_000L, 20_000L, 2048L, 1, 20_000), (sdb.Count, sdb.IoErrors, sdb.FirstSector, sdb.Provenance.Line, sdb.Provenance.EndLine));
        Assert.Contains("sector 162040 op", sdb.LastExcerpt, StringComparison.Ordinal);
        Assert.Equal(1L, byDevice["sdb1"].BufferErrors);
        Assert.Equal((2L, 1L), (byDevice["ata3"].AtaExceptions, byDevice["ata3"].LinkResets));
        Assert.Equal(1L, byDevice["nvme0"].Timeouts);
        Assert.Equal(42L, byDevice["nvme0n1"].FirstSector);
        Assert.Equal(InputStatus.Parsed, run.Context.Status);
    }

    [Fact]
    public void Block_request_errors_of_every_status_are_counted_per_device_and_kind()
    {
        var d = KernelLogHarness.Sample("block_request_error_kinds.txt").Of<BlockDeviceErrors>().ToDictionary(b => b.Device);
        Assert.Equal((3L, 2L, 2L, 1L, 123L), (d["sdb"].Count, d["sdb"].IoErrors, d["sdb"].MediumErrors, d["sdb"].ScsiFailures, d["sdb"].FirstSector));
        Assert.Equal(1L, d["sdb1"].BufferErrors);
        // A partition's errors belong to its disk: rules group sdb and sdb1 as one failing device.
        Assert.Equal(("sdb", "sdb", "dm-3", "nvme0n1"), (d["sdb"].Disk, d["sdb1"].Disk, d["dm-3"].Disk, d["nvme0n1"].Disk));
        Assert.Equal("2 I/O errors (2 critical medium), 1 SCSI command failure", d["sdb"].Kinds);
        Assert.Equal("1 I/O error (1 transport), 1 command timeout", d["sdd"].Kinds);
        Assert.Equal("2 I/O errors (1 other status)", d["nvme0n1"].Kinds);
        Assert.Equal((1L, 1L), (d["sdc"].IoErrors, d["sdc"].TargetErrors));
        Assert.Equal((1L, 1L, 8392704L), (d["dm-3"].IoErrors, d["dm-3"].SpaceErrors, d["dm-3"].FirstSector));
        Assert.Equal((2L, 1L, 1L, 1L), (d["sdd"].Count, d["sdd"].IoErrors, d["sdd"].TransportErrors, d["sdd"].Timeouts));
        Assert.Equal((1L, 1L), (d["sde"].IoErrors, d["sde"].MediumErrors));
        Assert.Equal((1L, 99L), (d["sdf"].IoErrors, d["sdf"].FirstSector));
        Assert.Equal((2L, 2L, 0L, 1953525000L), (d["nvme0n1"].Count, d["nvme0n1"].IoErrors, d["nvme0n1"].MediumErrors, d["nvme0n1"].FirstSector));
    }

    [Fact]
    public void A_system_log_of_other_programs_only_is_read_not_unrecognized()
    {
        // /var/log/messages on a quiet day, and the same lines carried by RFC 5424: the kernel said nothing.
        var run = KernelLogHarness.Run(
            "Dec  2 10:00:01 host CRON[30411]: (root) CMD (true)\n" +
            "<86>1 2026-12-02T10:00:02Z host sshd 812 - - Accepted publickey for ops\n", "messages");
        Assert.Equal(InputStatus.Parsed, run.Context.Status);
        Assert.Contains("2 line(s) of other programs", Assert.Single(run.Context.Problems));
        Assert.Equal(InputStatus.Unrecognized, KernelLogHarness.Run("some words\n", "messages").Context.Status);
    }

    [Fact]
    public void Reports_beyond_the_cap_are_counted_not_kept()
    {
        var sb = new StringBuilder();
        for (var i = 0; i < 2_100; i++)
            sb.Append("[ 1.0] INFO: task t:").Append(i + 1).Append(" blocked for more than 120 seconds.\n");
        var run = KernelLogHarness.Run(sb.ToString());
        Assert.Equal(2_000, run.Of<KernelHungTask>().Count());
        Assert.Equal(InputStatus.Partial, run.Context.Status);
        Assert.Contains(run.Context.Problems, p => p.StartsWith("100 kernel report(s)", StringComparison.Ordinal));
    }

    [Fact]
    public void Call_traces_are_capped()
    {
        var sb = new StringBuilder("[ 1.0] INFO: task t:1 blocked for more than 120 seconds.\n[ 1.0] Call Trace:\n");
        for (var i = 0; i < 500; i++)
            sb.Append("[ 1.0]  f").Append(i).Append("+0x1/0x2\n");
        var t = KernelLogHarness.Run(sb.ToString()).Single<KernelHungTask>();
        Assert.Equal(32, t.Frames.Count);
        Assert.Equal(502, t.Provenance.EndLine);
    }

    [Fact]
    public void A_report_cut_off_at_the_end_is_still_emitted()
    {
        var run = KernelLogHarness.Run("[ 1.0] BUG: kernel NULL pointer dereference, address: 0000000000000008\n[ 1.0] #PF: supervisor read acc");
        Assert.Equal("0000000000000008", run.Single<KernelCrash>().Address);
    }

    [Fact]
    public void Binary_garbage_and_huge_lines_do_not_crash()
    {
        var bytes = new byte[300_000];
        new Random(7).NextBytes(bytes);
        var run = KernelLogHarness.Run(bytes, "dmesg");
        Assert.NotEqual(InputStatus.Parsed, run.Context.Status);

        var huge = "[ 1.0] INFO: task t:1 blocked for more than 120 seconds." + new string('x', 200_000) + "\n[ 2.0] Call Trace:\n";
        var cut = KernelLogHarness.Run(huge);
        Assert.Equal(InputStatus.Partial, cut.Context.Status);
        Assert.Contains(cut.Context.Problems, p => p.Contains("over-long", StringComparison.Ordinal));
    }

    [Fact]
    public void Oom_kill_with_constraint_line_and_memcg_scope()
    {
        var run = KernelLogHarness.Run("""
            [ 10.0] java invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=0
            [ 10.0] Tasks state (memory values in pages):
            [ 10.0] [  pid  ]   uid  tgid total_vm      rss pgtables_bytes swapents oom_score_adj name
            [ 10.0] [   1211]     0  1211      544        6   327680      107         -1000 systemd-udevd
            [ 10.0] [   4242]  1000  4242  3000000  2000000 16000000        0             0 java
            [ 10.0] oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset=/,mems_allowed=0,oom_memcg=/app,task_memcg=/app,task=java,pid=4242,uid=1000
            [ 10.0] Memory cgroup out of memory: Killed process 4242 (java) total-vm:12000000kB, anon-rss:7990000kB, file-rss:10000kB, shmem-rss:0kB, UID:1000 pgtables:15625kB oom_score_adj:0
            """);
        var k = run.Single<KernelOomKill>();
        Assert.Equal((4242L, "java", "memcg", "java", "CONSTRAINT_MEMCG", "/app"), (k.Pid, k.Comm, k.Scope, k.Trigger, k.Constraint, k.Memcg));
        Assert.Equal(["java (pid 4242) rss 7812 MB", "systemd-udevd (pid 1211) rss 0 MB"], k.TopTasks);
        Assert.Equal(7, k.Provenance.Line);
    }

    [Fact]
    public void Kernel_bug_at_warning_gpf_and_panic()
    {
        var run = KernelLogHarness.Run("""
            [ 5.0] ------------[ cut here ]------------
            [ 5.0] WARNING: CPU: 3 PID: 123 at mm/page_alloc.c:4567 __alloc_pages+0x1c2/0x330
            [ 5.0] CPU: 3 PID: 123 Comm: kswapd0 Not tainted 6.1.0 #1
            [ 5.0] ---[ end trace 0000000000000000 ]---
            [ 6.0] kernel BUG at fs/xfs/xfs_buf.c:1234!
            [ 6.0] invalid opcode: 0000 [#1] SMP PTI
            [ 6.0] CPU: 0 PID: 77 Comm: xfsaild/dm-0 Tainted: G        W          6.1.0 #1
            [ 6.0] RIP: 0010:xfs_buf_rele+0x2a/0x80 [xfs]
            [ 7.0] general protection fault, probably for non-canonical address 0xdead000000000100: 0000 [#2] SMP PTI
            [ 7.0] CPU: 1 PID: 88 Comm: kworker/1:2 Tainted: G      D W          6.1.0 #1
            [ 8.0] Kernel panic - not syncing: Fatal exception
            [ 8.0] ---[ end Kernel panic - not syncing: Fatal exception ]---
            """);
        var c = run.Of<KernelCrash>().ToList();
        Assert.Equal(["warning", "bug-at", "gpf"], c.Select(x => x.Kind));
        Assert.Equal(("mm/page_alloc.c:4567", 123L, "kswapd0"), (c[0].Location, c[0].Pid, c[0].Comm));
        Assert.Equal(("fs/xfs/xfs_buf.c:1234", 77L, "xfsaild/dm-0", "xfs_buf_rele [xfs]", "GW"), (c[1].Location, c[1].Pid, c[1].Comm, c[1].Function, c[1].Taint));
        Assert.Equal((88L, "kworker/1:2"), (c[2].Pid, c[2].Comm));
        Assert.Equal("Fatal exception", run.Single<KernelPanic>().Reason);
    }
}
