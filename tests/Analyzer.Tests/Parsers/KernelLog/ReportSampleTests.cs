using Analyzer.Families.Linux.Facts;
using Analyzer.Inventory;

namespace Analyzer.Tests.Parsers.KernelLog;

/// <summary>Lockups, RCU stalls, Oops/BUG, OOM, ZFS and Lustre samples against what they print.</summary>
public sealed class ReportSampleTests
{
    [Fact]
    public void Soft_lockups_in_every_prefix_era()
    {
        var locks = KernelLogHarness.Sample("soft_lockup_samples.txt").Of<KernelLockup>().ToList();
        Assert.Equal(6, locks.Count);
        Assert.All(locks, l => Assert.Equal("soft", l.Kind));
        Assert.Equal((0L, 186.0, 2073L, "kworker/u3:3"), (locks[0].Cpu, locks[0].Stuck.TotalSeconds, locks[0].Pid, locks[0].Comm));
        Assert.Equal((10L, 346L, "migration/10"), (locks[1].Cpu, locks[1].Pid, locks[1].Comm));
        Assert.Equal((1243199L, "frigate.output"), (locks[2].Pid, locks[2].Comm));
        Assert.Equal((29632L, "chia_plot", "405108.698255"), (locks[3].Pid, locks[3].Comm, locks[3].Time)); // wall(1) broadcast form
        Assert.Equal((51L, 140354L, "pacd", "_raw_spin_unlock_irqrestore"), (locks[4].Cpu, locks[4].Pid, locks[4].Comm, locks[4].Function));
        Assert.Equal((-1L, 0L), (locks[5].Cpu, locks[5].Pid)); // "kernel: NMI watchdog: BUG: soft lockup" title only
    }

    [Fact]
    public void Hard_lockups_and_lockup_panics()
    {
        var run = KernelLogHarness.Sample("hard_lockup_samples.txt");
        var hard = run.Of<KernelLockup>().ToList();
        Assert.All(hard, l => Assert.Equal("hard", l.Kind));
        Assert.Equal([0L, 1L, 1L, -1L, 3L, 59L], hard.Select(l => l.Cpu));
        var panics = run.Of<KernelPanic>().ToList();
        Assert.Equal(["Watchdog detected hard LOCKUP on cpu 1", "Hard LOCKUP"], panics.Select(p => p.Reason));
        Assert.Equal((5121L, "influxd"), (panics[0].Pid, panics[0].Comm));
        Assert.Equal((282859L, "dockerd-current"), (panics[1].Pid, panics[1].Comm));
    }

    [Fact]
    public void A_lockup_panic_after_its_lockup_report_is_one_lockup_and_one_panic()
    {
        var run = KernelLogHarness.Sample("lockup_then_panic.txt");
        var locks = run.Of<KernelLockup>().ToList();
        Assert.Equal([("soft", 3L, 48211L, "fio"), ("hard", 5L, 0L, "swapper/5")], locks.Select(l => (l.Kind, l.Cpu, l.Pid, l.Comm)));
        Assert.Equal(["softlockup: hung tasks", "Hard LOCKUP"], run.Of<KernelPanic>().Select(p => p.Reason));
    }

    [Fact]
    public void Rcu_stalls_of_every_flavor_and_era()
    {
        var stalls = KernelLogHarness.Sample("rcu_stall_samples.txt").Of<KernelRcuStall>().ToList();
        Assert.Equal(5, stalls.Count);
        Assert.All(stalls, s => Assert.Equal("rcu_sched", s.Flavor));
        Assert.Equal(["self-detected", "detected", "detected", "self-detected", "detected"], stalls.Select(s => s.Kind));
        Assert.Equal((8403L, "1", true), (stalls[0].Jiffies, stalls[0].Cpus, stalls[0].KthreadStarved));
        Assert.Equal((38227L, "1"), (stalls[1].Jiffies, stalls[1].Cpus));
        Assert.Equal(5252L, stalls[2].Jiffies);
        Assert.Equal((15001L, "17"), (stalls[3].Jiffies, stalls[3].Cpus));
        Assert.Equal((105060L, "0"), (stalls[4].Jiffies, stalls[4].Cpus));
        Assert.DoesNotContain(KernelLogHarness.Sample("rcu_stall_samples.txt").Facts, f => f is KernelHungTask); // state I kthread lines
    }

    [Fact]
    public void Rcu_stall_task_dumps_name_the_task_and_keep_its_frames()
    {
        var stalls = KernelLogHarness.Sample("rcu_stall_task_dump.txt").Of<KernelRcuStall>().ToList();
        Assert.Equal(2, stalls.Count);
        Assert.Equal(("rcu_preempt", "3", 5252L, 123L, "kworker/3:1"), (stalls[0].Flavor, stalls[0].Cpus, stalls[0].Jiffies, stalls[0].Pid, stalls[0].Comm));
        Assert.Equal(["kworker/3:1 (pid 123, state R) on CPU 3"], stalls[0].Tasks);
        Assert.Equal("mlx5_fw_tracer_handle_traces [mlx5_core] ← process_one_work ← worker_thread", stalls[0].TopFrames);
        Assert.Equal((2, 17), (stalls[0].Provenance.Line, stalls[0].Provenance.EndLine));
        Assert.Equal(("rcu_sched", "5", 21002L, 789L, "kworker/5:2"), (stalls[1].Flavor, stalls[1].Cpus, stalls[1].Jiffies, stalls[1].Pid, stalls[1].Comm));
        Assert.Equal("nfs_commit_release [nfs] ← process_one_work", stalls[1].TopFrames);
    }

    [Fact]
    public void Oops_null_dereferences_new_old_and_arm()
    {
        var crashes = KernelLogHarness.Sample("oops_null_deref_samples.txt").Of<KernelCrash>().ToList();
        Assert.Equal(3, crashes.Count);
        Assert.All(crashes, c => Assert.Equal("null-deref", c.Kind));
        var a = crashes[0];
        Assert.Equal(("0000000000000020", 2962L, "z_wr_iss", "PO", "zap_leaf_lookup [zfs]", "zfs"), (a.Address, a.Pid, a.Comm, a.Taint, a.Function, a.Module));
        Assert.Equal("fzap_length [zfs] ← zap_length_uint64 [zfs] ← ddt_zap_lookup [zfs]", a.TopFrames);
        Assert.Equal((2, 16), (a.Provenance.Line, a.Provenance.EndLine));
        Assert.Equal(("(null)", "stackbd_make_request2 [infiniswap]"), (crashes[1].Address, crashes[1].Function));
        Assert.Equal(("0000000c", 7690L, "htop", "seq_vprintf"), (crashes[2].Address, crashes[2].Pid, crashes[2].Comm, crashes[2].Function));
    }

    [Fact]
    public void Oom_kills_new_and_old_forms_with_task_table()
    {
        var run = KernelLogHarness.Sample("oom_samples.txt");
        var kills = run.Of<KernelOomKill>().ToList();
        Assert.Equal(4, kills.Count);
        Assert.Equal((3581527L, "uwsgi", "global", 517892L, 263092L), (kills[0].Pid, kills[0].Comm, kills[0].Scope, kills[0].TotalVmKb, kills[0].AnonRssKb));
        // The old two-line form: "Kill process 8596 (python) score 998" then the child actually killed.
        Assert.Equal((8603L, "nvidia-smi", 998L, 2808L), (kills[1].Pid, kills[1].Comm, kills[1].Score, kills[1].AnonRssKb));
        // The table of (a) belongs to the trigger that (b)'s kill closes: its rows are summarised, biggest first.
        Assert.Equal("postgres", kills[1].Trigger);
        Assert.Equal(["systemd-journal (pid 375) rss 7 MB", "systemd-udevd (pid 409) rss 2 MB"], kills[1].TopTasks);
        Assert.Equal(2L, kills[1].TaskCount);
        // The excerpts (c) and (d) are reports cut before their kill lines: kept, victim unknown, and said.
        Assert.Equal([("kube-apiserver", 0L, 0L), ("pgcenter", 0L, 1L)], kills.Skip(2).Select(k => (k.Trigger, k.Pid, k.TaskCount)));
        Assert.Equal(2, run.Context.Problems.Count(p => p.Contains("cut before its victim line", StringComparison.Ordinal)));
    }

    [Fact]
    public void An_oom_report_cut_before_its_victim_line_is_kept_and_marked_partial()
    {
        var run = KernelLogHarness.Sample("oom_cut_before_victim.txt");
        var k = run.Single<KernelOomKill>();
        Assert.Equal((0L, "", "postgres", "global", 3L), (k.Pid, k.Comm, k.Trigger, k.Scope, k.TaskCount));
        Assert.Equal(["postgres (pid 1024) rss 7424 MB", "postgres (pid 1077) rss 7390 MB", "systemd-journal (pid 375) rss 7 MB"], k.TopTasks);
        Assert.Equal((33228L * 4, 0L), (k.FreeKb, k.FreeSwapKb));
        Assert.Equal((1, 31, "1734520.402113"), (k.Provenance.Line, k.Provenance.EndLine, k.Time));
        Assert.Equal(InputStatus.Partial, run.Context.Status);
        Assert.Contains(run.Context.Problems, p => p.Contains("OOM report at line 1 cut before its victim line", StringComparison.Ordinal));
        Assert.Empty(run.Of<KernelCrash>()); // its dump_stack is not a report of its own
    }

    [Fact]
    public void An_oom_report_cut_after_its_constraint_line_names_the_victim_from_it()
    {
        var run = KernelLogHarness.Run("""
            [ 10.0] java invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=0
            [ 10.0] oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset=/,mems_allowed=0,oom_memcg=/app,task_memcg=/app,task=java,pid=4242,uid=1000
            """);
        var k = run.Single<KernelOomKill>();
        Assert.Equal((4242L, "java", "memcg", "/app"), (k.Pid, k.Comm, k.Scope, k.Memcg));
        Assert.Contains(run.Context.Problems, p => p.Contains("cut before its kill line (victim java", StringComparison.Ordinal));
    }

    [Fact]
    public void An_oom_report_ending_in_a_panic_is_kept_without_a_cut_note()
    {
        var run = KernelLogHarness.Run("""
            [ 10.0] sshd invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=0
            [ 10.0] Free swap  = 0kB
            [ 10.1] Kernel panic - not syncing: Out of memory: compulsory panic_on_oom is enabled
            """);
        Assert.Equal(("sshd", 0L), (run.Single<KernelOomKill>().Trigger, run.Single<KernelOomKill>().FreeSwapKb));
        Assert.Single(run.Of<KernelPanic>());
        Assert.Equal(InputStatus.Parsed, run.Context.Status);
    }

    [Fact]
    public void Oom_sizes_with_group_separators_are_read_and_unreadable_ones_are_said()
    {
        var run = KernelLogHarness.Sample("oom_grouped_digits.txt");
        var kills = run.Of<KernelOomKill>().ToList();
        Assert.Equal((21334756L, 15370088L, 1204L), (kills[0].TotalVmKb, kills[0].AnonRssKb, kills[0].FileRssKb));
        Assert.Equal((21334756L, 0L, 1204L), (kills[1].TotalVmKb, kills[1].AnonRssKb, kills[1].FileRssKb));
        Assert.Equal(InputStatus.Partial, run.Context.Status);
        Assert.Contains("line 7: anon-rss '153' is not a readable kB size", string.Join(" | ", run.Context.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void Zfs_verify_panic_and_spl_error()
    {
        var z = KernelLogHarness.Sample("zfs_spl_panic_samples.txt").Of<ZfsAssertion>().ToList();
        Assert.Equal(4, z.Count);
        Assert.Equal(("VERIFY3", "zfs_rs_get_end(rs, rt) >= end", "498722471936 >= 498724454400"), (z[0].Kind, z[0].Expression, z[0].Values));
        Assert.Equal(("range_tree.c", 503L, "zfs_range_tree_remove_impl", 11931L, "z_wr_iss"), (z[0].File, z[0].Line, z[0].Function, z[0].Pid, z[0].Comm));
        Assert.Equal("zfs_range_tree_remove_impl [zfs]", z[0].TopFrames);
        Assert.Equal(("VERIFY", "HDR_EMPTY_OR_LOCKED(hdr)", "arc.c", "arc_buf_untransform_in_place", 2040430L), (z[1].Kind, z[1].Expression, z[1].File, z[1].Function, z[1].Pid));
        Assert.Equal(("VERIFY3", "zfs_znode.c", 432L, "zfs_znode_alloc", 23061L, "git"), (z[2].Kind, z[2].File, z[2].Line, z[2].Function, z[2].Pid, z[2].Comm));
        Assert.Equal(("sa.sa_magic == 0x2F505A", "zfs_vfsops.c", 664L), (z[3].Expression, z[3].File, z[3].Pid));
    }

    [Fact]
    public void Zfs_panic_recover_messages_are_zfs_assertions()
    {
        var z = KernelLogHarness.Sample("zfs_panic_recover_samples.txt").Of<ZfsAssertion>().ToList();
        Assert.Equal(4, z.Count); // not the x86 early exception
        Assert.All(z, a => Assert.Equal(("PANIC", "", null), (a.Kind, a.Expression, a.File)));
        Assert.Equal(("zfs: adding existent segment to range tree (offset=1e3c2c000 size=2000)", 1187L, "z_wr_iss"), (z[0].Message, z[0].Pid, z[0].Comm));
        Assert.Equal("range_tree_add_impl [zfs] ← range_tree_add [zfs] ← metaslab_load [zfs]", z[0].TopFrames); // vcmn_err/zfs_panic_recover skipped
        Assert.Equal((2, 17), (z[0].Provenance.Line, z[0].Provenance.EndLine));
        Assert.Equal((2211L, "txg_sync", "range_tree_remove_impl [zfs] ← space_map_load_callback [zfs]"), (z[1].Pid, z[1].Comm, z[1].TopFrames));
        Assert.StartsWith("zfs: allocating allocated segment(offset=6071758848", z[1].Message, StringComparison.Ordinal);
        Assert.Equal("blkptr at 00000000ac3c4c1a has invalid TYPE 208", z[2].Message);
        Assert.Equal("zfs: accessing past end of object 422/1108c5 (size=17920 access=17353+1024)", z[3].Message);
    }

    [Fact]
    public void Lustre_console_messages_are_counted_per_kind_and_target()
    {
        var events = KernelLogHarness.Sample("console_messages_lustre_lnet.txt").Of<LustreConsoleEvents>().ToList();
        var byKey = events.ToDictionary(e => (e.Kind, e.Target));
        Assert.Equal("192.168.14.178@tcp", byKey[("connection-lost", "DIAS-OST0001")].Nid);
        Assert.Equal(1, byKey[("request-timeout", "DIAS-OST0002")].Count);
        Assert.True(byKey.ContainsKey(("request-timeout", "capstor-OST003a")));
        Assert.True(byKey.ContainsKey(("request-timeout", "lustre-MDT0000")));
        Assert.True(byKey.ContainsKey(("lnet-error", "lib-ptl.c:189:lnet_try_match_md")));
        Assert.Equal("10.1.1.47@tcp", byKey[("network-error", "MGC10.1.1.47")].Nid); // the import named after its NID: not "tcp@10"
        Assert.Equal(2, events.Count(e => e.Kind == "eviction"));
        Assert.Contains(events, e => e.Kind == "lustre-error");
    }

    [Fact]
    public void Lnet_timeouts_watchdog_and_nids_are_read_whole()
    {
        var run = KernelLogHarness.Sample("lnet_o2ib_timeouts_and_watchdog.txt");
        var byKey = run.Of<LustreConsoleEvents>().ToDictionary(e => (e.Kind, e.Target));
        Assert.Equal((1L, null), (byKey[("lnet-timeout", "o2iblnd_cb.c:3335:kiblnd_check_txs_locked")].Count, byKey[("lnet-timeout", "o2iblnd_cb.c:3335:kiblnd_check_txs_locked")].Nid));
        Assert.Equal((4L, "10.0.0.1@o2ib"), (byKey[("lnet-timeout", "10.0.0.1@o2ib")].Count, byKey[("lnet-timeout", "10.0.0.1@o2ib")].Nid));
        Assert.Equal("172.16.0.5@o2ib1", byKey[("lnet-timeout", "172.16.0.5@o2ib1")].Nid);
        Assert.Equal("172.16.0.5@o2ib1", byKey[("network-error", "MGC172.16.0.5")].Nid);
        Assert.Equal("0@lo", byKey[("request-timeout", "lustre-MDT0000")].Nid);
        Assert.Equal("10.0.0.3@tcp", byKey[("request-timeout", "lustre-OST0003")].Nid);
        Assert.Equal((1L, 7), (byKey[("thread-inactive", "lustre")].Count, byKey[("thread-inactive", "lustre")].Provenance.Line));
        Assert.Equal(7, byKey.Count - 1); // and the "dumping log" lustre-error
        Assert.Empty(run.Of<KernelCrash>());
    }

    [Theory]
    [InlineData("o250->MGC172.16.0.5@o2ib@172.16.0.5@o2ib:26/25", "172.16.0.5@o2ib")]
    [InlineData("o400->lustre-MDT0000-lwp-OST0000@0@lo:12/10", "0@lo")]
    [InlineData("from 12345-172.16.0.5@tcp1, match 17", "172.16.0.5@tcp1")]
    [InlineData("evicting client at 0@lo ns: mdt", "0@lo")]
    public void Lustre_debug_nids_are_read_whole(string text, string nid)
    {
        Assert.Equal(nid, Analyzer.Families.Lustre.Parsers.LustreDebug.LustreText.Nid(text));
        Assert.Equal(nid, Analyzer.Text.LustreNid.First(text).ToString());
    }

    [Fact]
    public void Lustre_skipped_messages_count_toward_the_previous_kind()
    {
        var e = KernelLogHarness.Run("""
            Jun 25 23:57:24 oss1 kernel: Lustre: 8465:0:(client.c:1868:ptlrpc_expire_one_request()) @@@ Request sent has timed out for sent delay: [sent 1403733437/real 0]  req@ffff88103b8d9800 x1471890494345888/t0(0) o400->lustre-MDT0000-lwp-OST0018@10.130.93.10@o2ib:12/10 lens 224/224 e 0 to 1 dl 1403733444 ref 2 fl Rpc:XN/0/ffffffff rc 0/-1
            Jun 25 23:57:24 oss1 kernel: Lustre: 8465:0:(client.c:1868:ptlrpc_expire_one_request()) Skipped 7 previous similar messages
            Jun 25 23:57:30 oss1 kernel: Lustre: Skipped 2 previous similar messages
            """).Single<LustreConsoleEvents>();
        Assert.Equal(("request-timeout", "lustre-MDT0000", 10L, "10.130.93.10@o2ib"), (e.Kind, e.Target, e.Count, e.Nid));
        Assert.Equal((1, 1), (e.Provenance.Line, e.Provenance.EndLine));
    }

    [Fact]
    public void Sysrq_w_dump_in_the_4x_layout_becomes_blocked_dump_tasks()
    {
        var tasks = KernelLogHarness.Run("""
            [ 900.000001] sysrq: Show Blocked State
            [ 900.000010]   task                        PC stack   pid father
            [ 900.000020] txg_sync        D    0  1187      2 0x80000000
            [ 900.000021] Call Trace:
            [ 900.000022]  __schedule+0x24e/0x880
            [ 900.000023]  schedule+0x2c/0x80
            [ 900.000024]  zio_wait+0x137/0x2b0 [zfs]
            [ 900.000030] smbd            D    0 40211   1306 0x00000000
            [ 900.000031] Call Trace:
            [ 900.000032]  txg_wait_synced+0x10/0x40 [zfs]
            [ 900.000040] rcu_sched       I    0    14      2 0x80000000
            """).Of<KernelHungTask>().ToList();
        Assert.Equal([("blocked-dump", 1187L, "txg_sync", "zio_wait [zfs]"), ("blocked-dump", 40211L, "smbd", "txg_wait_synced [zfs]")],
            tasks.Select(t => (t.Kind, t.Pid, t.Comm, t.TopFrames)));
        Assert.Equal((3, 7), (tasks[0].Provenance.Line, tasks[0].Provenance.EndLine));
    }

    [Fact]
    public void Lustre_lbug_is_a_crash_report_and_still_counted()
    {
        var run = KernelLogHarness.Run("""
            [ 51.0] LustreError: 12345:0:(osc_cache.c:1141:osc_extent_make_ready()) ASSERTION( last_oap_count > 0 ) failed:
            [ 51.0] LustreError: 12345:0:(osc_cache.c:1141:osc_extent_make_ready()) LBUG
            [ 51.0] Pid: 12345, comm: ldlm_bl_05 3.10.0-957.el7_lustre.x86_64 #1 SMP Tue Jan 29 11:39:08 UTC 2019
            [ 51.0] Call Trace:
            [ 51.0]  [<ffffffffc0a8a7cc>] libcfs_call_trace+0x8c/0xc0 [libcfs]
            [ 51.0]  [<ffffffffc0a8a87c>] lbug_with_loc+0x4c/0xa0 [libcfs]
            [ 51.0]  [<ffffffffc0f1c2a5>] osc_extent_make_ready+0x915/0xe70 [osc]
            """);
        var c = run.Single<KernelCrash>();
        Assert.Equal(("lustre-lbug", 12345L, "ldlm_bl_05", "osc_extent_make_ready [osc]", 1, 7), (c.Kind, c.Pid, c.Comm, c.TopFrames, c.Provenance.Line, c.Provenance.EndLine));
        Assert.Equal(2L, run.Single<LustreConsoleEvents>().Count);
    }
}
