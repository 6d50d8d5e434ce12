using Analyzer.Detection;
using Analyzer.Families.Linux.Facts;
using Analyzer.Inventory;

namespace Analyzer.Tests.Parsers.KernelLog;

/// <summary>The hung-task samples: every task-line layout and transport prefix of formats.md §4.1-4.2.</summary>
public sealed class HungTaskSampleTests
{
    [Fact]
    public void Layout_3x_with_task_pointer_and_raw_stack_words()
    {
        var run = KernelLogHarness.Sample("hung_task_old_3x_ddnet.txt");
        var t = run.Single<KernelHungTask>();
        Assert.Equal(("hung-task", 27090L, "DDRace64-Server", TimeSpan.FromSeconds(120)), (t.Kind, t.Pid, t.Comm, t.Blocked));
        Assert.Equal(("D", 3047L, "3x"), (t.State, t.Ppid, t.TaskLineLayout));
        Assert.Equal(13, t.Frames.Count);
        Assert.Equal("? __mutex_lock_common.isra.5", t.Frames[0]);
        // Every frame is a '?' guess on this kernel: the top frames fall back to them.
        Assert.StartsWith("__mutex_lock_common.isra.5 ← mutex_lock ← walk_component", t.TopFrames, StringComparison.Ordinal);
        Assert.Equal((1, 20), (t.Provenance.Line, t.Provenance.EndLine));
        Assert.Equal(InputStatus.Parsed, run.Context.Status);
    }

    [Fact]
    public void Layout_4x_arm32_syslog_without_host_and_quoted_indentation()
    {
        var t = KernelLogHarness.Sample("hung_task_414_syslog_prefixed_arm_rpi.txt").Single<KernelHungTask>();
        Assert.Equal((5L, "kworker/u8:0", 120.0), (t.Pid, t.Comm, t.Blocked.TotalSeconds));
        Assert.Equal(("D", 2L, "4x"), (t.State, t.Ppid, t.TaskLineLayout));
        Assert.Equal("writeback wb_workfn (flush-8:1-fuseblk)", t.Workqueue);
        Assert.Equal(["__schedule", "schedule", "io_schedule", "__lock_page", "write_cache_pages", "fuse_writepages [fuse]"], t.Frames);
        Assert.Equal("__lock_page ← write_cache_pages ← fuse_writepages [fuse]", t.TopFrames);
        Assert.Equal(["fuse"], t.Modules);
        Assert.Equal("6141.921740", t.Time);
        Assert.Equal((1, 11), (t.Provenance.Line, t.Provenance.EndLine));
        Assert.Equal("INFO: task kworker/u8:0:5 blocked for more than 120 seconds.", t.Provenance.Excerpt);
    }

    [Fact]
    public void Layout_4x_arm64_call_trace()
    {
        var t = KernelLogHarness.Sample("hung_task_417_arm64_call_trace_lima.txt").Single<KernelHungTask>();
        Assert.Equal((464L, "kodi-gbm", "D", 460L, "4x"), (t.Pid, t.Comm, t.State, t.Ppid, t.TaskLineLayout));
        Assert.Equal("dma_fence_default_wait ← dma_fence_wait_timeout ← lima_vm_bo_del [lima] ← lima_gem_object_close [lima]", t.TopFrames);
    }

    [Fact]
    public void Layout_task_kv_510_right_aligned()
    {
        var t = KernelLogHarness.Sample("hung_task_510_task_state_format_rpi.txt").Single<KernelHungTask>();
        Assert.Equal((19868L, "kworker/u2:1", 860.0, "D", 2L, "task-kv"), (t.Pid, t.Comm, t.Blocked.TotalSeconds, t.State, t.Ppid, t.TaskLineLayout));
        Assert.Equal("events_unbound fsnotify_connector_destroy_workfn", t.Workqueue);
        Assert.Equal(["__schedule"], t.Frames);
    }

    [Fact]
    public void Layout_task_kv_612_tgid_iso_stamp_without_host_and_collapsed_spaces()
    {
        var t = KernelLogHarness.Sample("hung_task_612_tgid_iso_ts_uek.txt").Single<KernelHungTask>();
        Assert.Equal((931L, "khugepaged", 1228.0, "D", 2L, "task-kv"), (t.Pid, t.Comm, t.Blocked.TotalSeconds, t.State, t.Ppid, t.TaskLineLayout));
        Assert.Equal("rwsem_down_write_slowpath ← down_write ← collapse_huge_page ← hpage_collapse_scan_pmd", t.TopFrames);
        Assert.Equal(13, t.Frames.Count); // two "? __pfx_" frames included
        Assert.Equal("2025-01-16T17:24:58.365Z", t.Time);
    }

    [Fact]
    public void Layout_task_kv_left_aligned_without_header_is_a_blocked_dump()
    {
        var t = KernelLogHarness.Sample("hung_task_61_leftaligned_syslog_aircrack.txt").Single<KernelHungTask>();
        Assert.Equal(("blocked-dump", 1207L, "warp-svc", "D", 1L), (t.Kind, t.Pid, t.Comm, t.State, t.Ppid));
        Assert.Equal(TimeSpan.Zero, t.Blocked);
        Assert.Equal("__mutex_lock.constprop.0 ← __mutex_lock_slowpath ← mutex_lock ← __netlink_dump_start", t.TopFrames);
    }

    [Fact]
    public void Rhel7_syslog_host_kernel_tag_keeps_header_comm()
    {
        var t = KernelLogHarness.Sample("hung_task_rhel7_syslog_gluster.txt").Single<KernelHungTask>();
        Assert.Equal((26120L, "glusterfsd", "D", 26119L, "3x"), (t.Pid, t.Comm, t.State, t.Ppid, t.TaskLineLayout));
        Assert.Equal("__mutex_lock_slowpath ← mutex_lock ← do_last ← path_openat", t.TopFrames);
        Assert.Equal("Oct 11 06:07:26", t.Time);
    }

    [Fact]
    public void Hung_tasks_pasted_without_leading_spaces_or_with_tabs_keep_their_traces()
    {
        var run = KernelLogHarness.Sample("hung_task_trimmed_paste.txt");
        var tasks = run.Of<KernelHungTask>().ToList();
        Assert.Equal([("txg_sync", 1187L, "D"), ("z_wr_iss", 1102L, "D")], tasks.Select(t => (t.Comm, t.Pid, t.State)));
        Assert.Equal("__cv_timedwait_common [spl] ← __cv_timedwait_io [spl] ← zio_wait [zfs] ← dsl_pool_sync [zfs]", tasks[0].TopFrames);
        Assert.Equal((15, 1, 22), (tasks[0].Frames.Count, tasks[0].Provenance.Line, tasks[0].Provenance.EndLine));
        Assert.Equal(["spl", "zfs"], tasks[0].Modules);
        Assert.Equal(("__mutex_lock.constprop.0 ← __mutex_lock_slowpath ← mutex_lock ← metaslab_alloc_dva [zfs]", 23, 35),
            (tasks[1].TopFrames, tasks[1].Provenance.Line, tasks[1].Provenance.EndLine));
        Assert.Equal(DetectionConfidence.ContentAtStart, KernelLogHarness.Detect("paste.txt", KernelLogHarness.SampleBytes("hung_task_trimmed_paste.txt")));
    }
}
