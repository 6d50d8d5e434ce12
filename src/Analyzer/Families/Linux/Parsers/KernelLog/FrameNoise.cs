namespace Analyzer.Families.Linux.Parsers.KernelLog;

/// <summary>
/// Frames that say nothing about why a task waits or where a CPU is stuck: the scheduler, stack dumping, panic and
/// warning plumbing, watchdog/timer interrupt entry, thread start. Skipped when choosing a report's top frames.
/// </summary>
internal static class FrameNoise
{
    private static readonly HashSet<string> Names = new(StringComparer.Ordinal)
    {
        "__schedule", "schedule", "io_schedule", "io_schedule_timeout", "schedule_timeout", "schedule_preempt_disabled",
        "schedule_hrtimeout_range", "schedule_hrtimeout_range_clock", "__switch_to", "__switch_to_asm", "context_switch",
        "preempt_schedule", "preempt_schedule_common", "preempt_schedule_irq", "bit_wait", "bit_wait_io", "__wait_on_bit",
        "dump_stack", "dump_stack_lvl", "show_stack", "sched_show_task", "__dump_stack", "dump_header",
        "spl_dumpstack", "spl_panic", "vcmn_err", "zfs_panic_recover", "spl_debug_bug", "spl_debug_dumpstack", "panic", "__warn", "warn_slowpath_fmt",
        "warn_slowpath_common", "warn_slowpath_null", "report_bug", "handle_bug", "exc_invalid_op", "asm_exc_invalid_op",
        "watchdog_timer_fn", "watchdog_overflow_callback", "__hrtimer_run_queues", "hrtimer_interrupt",
        "__sysvec_apic_timer_interrupt", "sysvec_apic_timer_interrupt", "asm_sysvec_apic_timer_interrupt",
        "smp_apic_timer_interrupt", "apic_timer_interrupt", "local_apic_timer_interrupt", "ret_from_fork", "ret_from_fork_asm",
        "kthread", "entry_SYSCALL_64_after_hwframe", "do_syscall_64", "system_call_fastpath", "oom_kill_process",
        "nmi_cpu_backtrace", "nmi_trigger_cpumask_backtrace", "rcu_dump_cpu_stacks", "print_cpu_stall", "check_cpu_stall",
        "rcu_sched_clock_irq", "libcfs_call_trace", "lbug_with_loc", "libcfs_debug_dumpstack", "update_process_times", "tick_sched_handle", "tick_sched_timer",
    };

    public static bool IsNoise(ReadOnlySpan<char> function)
    {
        var dot = function.IndexOf('.'); // .constprop.0, .isra.5, .cold, .part.1 suffixes
        if (dot > 0)
            function = function[..dot];
        if (function.StartsWith("__pfx_"))
            return true;
        return Names.GetAlternateLookup<ReadOnlySpan<char>>().Contains(function);
    }
}
