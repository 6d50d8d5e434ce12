using Analyzer.Detection;
using Analyzer.Families.Linux.Facts;
using Analyzer.Families.Linux.Parsers.KernelLog;

namespace Analyzer.Tests.Parsers.KernelLog;

/// <summary>Every prefix style of formats.md §4.1, and detection by content before name.</summary>
public sealed class PrefixAndDetectionTests
{
    [Theory]
    [InlineData("[   80.481916] INFO: task swapper/0:1 blocked for more than 10 seconds.", "80.481916")]
    [InlineData("[2870707.887079] INFO: task swapper/0:1 blocked for more than 10 seconds.", "2870707.887079")]
    [InlineData("[  240.] INFO: task swapper/0:1 blocked for more than 10 seconds.", "240.")]
    [InlineData("[Mon Dec  8 17:51:31 2025] INFO: task swapper/0:1 blocked for more than 10 seconds.", "Mon Dec  8 17:51:31 2025")]
    [InlineData("May  3 06:24:16 wendy kernel: [1588862.292994] INFO: task swapper/0:1 blocked for more than 10 seconds.", "1588862.292994")]
    [InlineData("May 17 18:48:11 kernel: [ 6141.921740] INFO: task swapper/0:1 blocked for more than 10 seconds.", "6141.921740")]
    [InlineData("Aug 18 08:54:42 TR kernel: INFO: task swapper/0:1 blocked for more than 10 seconds.", "Aug 18 08:54:42")]
    [InlineData("Aug 18 08:54:42.123456 TR kernel: INFO: task swapper/0:1 blocked for more than 10 seconds.", "Aug 18 08:54:42.123456")]
    [InlineData("Sep 13 14:34:10 ccgx user.err kernel: [43500.179242] INFO: task swapper/0:1 blocked for more than 10 seconds.", "43500.179242")]
    [InlineData("2026-05-28T12:21:57.303297+00:00 vm-1 kernel: INFO: task swapper/0:1 blocked for more than 10 seconds.", "2026-05-28T12:21:57.303297+00:00")]
    [InlineData("2024-05-27T03:47:09+0000 host kernel: INFO: task swapper/0:1 blocked for more than 10 seconds.", "2024-05-27T03:47:09+0000")]
    [InlineData("2025-01-16T17:24:58.365Z INFO: task swapper/0:1 blocked for more than 10 seconds.", "2025-01-16T17:24:58.365Z")]
    [InlineData("<0>[1401585.395801] INFO: task swapper/0:1 blocked for more than 10 seconds.", "1401585.395801")]
    [InlineData(" kernel:[405108.698255] INFO: task swapper/0:1 blocked for more than 10 seconds.", "405108.698255")]
    [InlineData("[ 6141.921740] myhost kernel: INFO: task swapper/0:1 blocked for more than 10 seconds.", "6141.921740")]
    [InlineData("INFO: task swapper/0:1 blocked for more than 10 seconds.", null)]
    // dmesg -H / -e (--reltime): the first line of a minute, then deltas; -T in other locales; -d; --time-format
    // delta; PRINTK_CALLER ids; -x decoding (util-linux sys-utils/dmesg.c print_record formats).
    [InlineData("[Sep11 18:40] INFO: task swapper/0:1 blocked for more than 10 seconds.", "Sep11 18:40")]
    [InlineData("[Sep 1 18:40] INFO: task swapper/0:1 blocked for more than 10 seconds.", "Sep 1 18:40")]
    [InlineData("[  +0.000015] INFO: task swapper/0:1 blocked for more than 10 seconds.", "+0.000015")]
    [InlineData("[ +12.345678] INFO: task swapper/0:1 blocked for more than 10 seconds.", "+12.345678")]
    [InlineData("[Di Dez  9 10:11:12 2025] INFO: task swapper/0:1 blocked for more than 10 seconds.", "Di Dez  9 10:11:12 2025")]
    [InlineData("[mar. déc.  9 10:11:12 2025] INFO: task swapper/0:1 blocked for more than 10 seconds.", "mar. déc.  9 10:11:12 2025")]
    [InlineData("[火 12月  9 10:11:12 2025] INFO: task swapper/0:1 blocked for more than 10 seconds.", "火 12月  9 10:11:12 2025")]
    [InlineData("[   12.345678 <    0.000012>] INFO: task swapper/0:1 blocked for more than 10 seconds.", "12.345678 <    0.000012>")]
    [InlineData("[Mon Dec  8 17:51:31 2025 <    2.000012>] INFO: task swapper/0:1 blocked for more than 10 seconds.", "Mon Dec  8 17:51:31 2025 <    2.000012>")]
    [InlineData("[<    0.000012>] INFO: task swapper/0:1 blocked for more than 10 seconds.", "<    0.000012>")]
    [InlineData("[    5.123456] [  T123] INFO: task swapper/0:1 blocked for more than 10 seconds.", "5.123456")]
    [InlineData("[    5.123456][    C2] INFO: task swapper/0:1 blocked for more than 10 seconds.", "5.123456")]
    [InlineData("kern  :err   : [    5.123456] INFO: task swapper/0:1 blocked for more than 10 seconds.", "5.123456")]
    [InlineData("kern  :err   : [Sep11 18:40] INFO: task swapper/0:1 blocked for more than 10 seconds.", "Sep11 18:40")]
    // rsyslog's RSYSLOG_SyslogProtocol23Format (RFC 5424), with and without the dmesg stamp kept in the message.
    [InlineData("<3>1 2026-12-02T10:00:01.000000+00:00 host kernel - - - INFO: task swapper/0:1 blocked for more than 10 seconds.", "2026-12-02T10:00:01.000000+00:00")]
    [InlineData("<3>1 2026-12-02T10:00:01Z host kernel - - [meta sequenceId=\"7\"] [  80.481916] INFO: task swapper/0:1 blocked for more than 10 seconds.", "80.481916")]
    public void Every_prefix_style_yields_the_report(string line, string? time)
    {
        var t = KernelLogHarness.Run(line + "\n").Single<KernelHungTask>();
        Assert.Equal((1L, "swapper/0", 10.0, time), (t.Pid, t.Comm, t.Blocked.TotalSeconds, t.Time));
    }

    [Fact]
    public void Rfc5424_lines_of_other_programs_are_theirs()
    {
        Assert.Equal(LineOrigin.OtherProgram, KernelLinePrefix.Strip("<86>1 2026-12-02T10:00:01Z host CRON 30411 - - (root) CMD (true)", out var payload, out _));
        Assert.Equal("(root) CMD (true)", payload.ToString());
    }

    [Theory]
    [InlineData("[drm] Initialized i915 1.6.0 20201103 for 0000:00:02.0 on minor 0")]
    [InlineData("[Firmware Bug]: TSC_DEADLINE disabled due to Errata; please update microcode to version: 0x3a")]
    [InlineData("[ cut here ]")]
    public void Kernel_text_in_brackets_is_not_a_stamp(string line)
    {
        Assert.Equal(LineOrigin.Bare, KernelLinePrefix.Strip(line, out var payload, out var time));
        Assert.Equal((line, true), (payload.ToString(), time.IsEmpty));
    }

    [Fact]
    public void Dmesg_human_output_reads_like_raw_dmesg()
    {
        var run = KernelLogHarness.Sample("dmesg_human_reltime.txt");
        var t = run.Single<KernelHungTask>();
        Assert.Equal((412L, "jbd2/sda1-8", "D", "Sep11 18:40", 3, 20), (t.Pid, t.Comm, t.State, t.Time, t.Provenance.Line, t.Provenance.EndLine));
        Assert.StartsWith("out_of_line_wait_on_bit ← __wait_on_buffer ← jbd2_journal_commit_transaction", t.TopFrames, StringComparison.Ordinal);
        var l = run.Single<KernelLockup>();
        Assert.Equal((3L, 123L, "kworker/3:1", "native_queued_spin_lock_slowpath", "Sep11 18:41"), (l.Cpu, l.Pid, l.Comm, l.Function, l.Time));
        Assert.Equal(1L, run.Single<BlockDeviceErrors>().Timeouts);
        Assert.Equal(DetectionConfidence.ContentAtStart, KernelLogHarness.Detect("paste.txt", KernelLogHarness.SampleBytes("dmesg_human_reltime.txt")));
    }

    [Fact]
    public void Dmesg_decoded_in_a_german_locale_reads_and_skips_user_space_facilities()
    {
        var run = KernelLogHarness.Sample("dmesg_locale_and_decode_stamps.txt");
        var t = run.Single<KernelHungTask>();
        Assert.Equal((2150L, "kworker/u16:2", "writeback wb_workfn (flush-259:0)", "Di Dez  9 10:11:12 2025"), (t.Pid, t.Comm, t.Workqueue, t.Time));
        Assert.Equal("blk_mq_get_tag ← __blk_mq_alloc_requests", t.TopFrames);
        Assert.Equal(LineOrigin.OtherProgram, KernelLinePrefix.Strip("daemon:info  : [Di Dez  9 10:11:10 2025] systemd[1]: Started Journal Service.", out _, out _));
        Assert.Equal(DetectionConfidence.ContentAtStart, KernelLogHarness.Detect("paste.txt", KernelLogHarness.SampleBytes("dmesg_locale_and_decode_stamps.txt")));
    }

    [Fact]
    public void Other_programs_interleaved_in_syslog_do_not_break_a_report()
    {
        var run = KernelLogHarness.Run("""
            Oct 11 06:07:26 h1 kernel: INFO: task dd:4242 blocked for more than 120 seconds.
            Oct 11 06:07:26 h1 systemd[1]: Started Session 12 of user root.
            Oct 11 06:07:26 h1 kernel: task:dd              state:D stack:0     pid:4242  ppid:4000   flags:0x00004000
            Oct 11 06:07:26 h1 CRON[5123]: (root) CMD (run-parts /etc/cron.hourly)
            Oct 11 06:07:26 h1 kernel: Call Trace:
            Oct 11 06:07:26 h1 kernel:  <TASK>
            Oct 11 06:07:26 h1 kernel:  __schedule+0x2b7/0x5f0
            Oct 11 06:07:26 h1 kernel:  io_schedule+0x46/0x70
            Oct 11 06:07:26 h1 kernel:  blk_mq_get_tag+0x11d/0x2b0
            Oct 11 06:07:26 h1 kernel: sd 2:0:0:0: [sdb] tag#7 FAILED Result: hostbyte=DID_OK driverbyte=DRIVER_OK
            Oct 11 06:07:26 h1 kernel:  __blk_mq_alloc_requests+0x183/0x2b0
            Oct 11 06:07:26 h1 kernel:  </TASK>
            """);
        var t = run.Single<KernelHungTask>();
        Assert.Equal(("D", "task-kv", "blk_mq_get_tag ← __blk_mq_alloc_requests"), (t.State, t.TaskLineLayout, t.TopFrames));
        Assert.Equal((1, 12), (t.Provenance.Line, t.Provenance.EndLine));
        var sdb = run.Single<BlockDeviceErrors>();
        Assert.Equal(("sdb", 1L, 1L, 10), (sdb.Device, sdb.Count, sdb.ScsiFailures, sdb.Provenance.Line));
    }

    [Theory]
    [InlineData("[  123.456789] host app[42]: I0210 08:02:00.123 main.go:12] started")]
    [InlineData("[  123.456789] host juicefs[42]:")]
    [InlineData("[  123.456789] host juicefs[42]: ")]
    public void A_monotonic_journal_line_of_another_program_is_not_kernel_text(string line) =>
        Assert.Equal(LineOrigin.OtherProgram, KernelLinePrefix.Strip(line, out _, out _));

    [Theory]
    [InlineData("[  123.456789] usb 1-1: new high-speed USB device number 2 using xhci_hcd")]
    [InlineData("[  123.456789] nvme nvme0: I/O 12 QID 3 timeout, aborting")]
    [InlineData("[  123.456789] host kernel: usb 1-1: new high-speed USB device number 2 using xhci_hcd")]
    public void Kernel_lines_after_a_dmesg_stamp_stay_kernel_text(string line) =>
        Assert.Equal(LineOrigin.Kernel, KernelLinePrefix.Strip(line, out _, out _));

    [Fact]
    public void A_monotonic_journal_of_another_program_is_no_kernel_log()
    {
        // journalctl -o short-monotonic -u app: the dmesg-like stamp alone made this read as a kernel log.
        var text = string.Concat(Enumerable.Range(1, 6).Select(i => $"[  12{i}.456789] host app[42]: 2025/02/10 08:02:0{i}.1 juicefs[42] <INFO>: step {i}\n"));
        Assert.Equal(DetectionConfidence.None, KernelLogHarness.Detect("x.txt", text));
    }

    [Fact]
    public void Dmesg_with_kernel_lines_is_detected_by_content_at_start()
    {
        var bytes = KernelLogHarness.SampleBytes("hung_task_417_arm64_call_trace_lima.txt");
        Assert.Equal(DetectionConfidence.ContentAtStart, KernelLogHarness.Detect("x.txt", bytes));
    }

    [Fact]
    public void Syslog_that_starts_with_other_programs_is_detected_by_content()
    {
        var text = "Oct 11 06:07:25 h1 systemd[1]: Starting x\n" + string.Concat(Enumerable.Repeat("Oct 11 06:07:26 h1 kernel: usb 1-1: new device\n", 3));
        Assert.Equal(DetectionConfidence.Content, KernelLogHarness.Detect("x.txt", text));
    }

    [Theory]
    [InlineData("dmesg")]
    [InlineData("kern.log.1")]
    [InlineData("syslog")]
    [InlineData("messages-20240101")]
    [InlineData("journal.txt")]
    public void A_system_log_without_kernel_lines_is_claimed_by_name_only(string name) =>
        Assert.Equal(DetectionConfidence.Name, KernelLogHarness.Detect("var/log/" + name, "Oct 11 06:07:25 h1 systemd[1]: Starting x\n"));

    [Theory]
    [InlineData("proc/sys/kernel/dmesg_restrict", "0\n")]
    [InlineData("proc/sys/kernel/domainname", "(none)\n")]
    [InlineData("sos_commands/logs/journalctl_--disk-usage", "Archived and active journals take up 8.0M in the file system.\n")]
    public void Settings_named_like_a_log_are_not_claimed(string path, string text) =>
        Assert.Equal(DetectionConfidence.None, KernelLogHarness.Detect(path, text));

    [Fact]
    public void Go_stack_text_and_application_logs_are_not_kernel_logs()
    {
        Assert.Equal(DetectionConfidence.None, KernelLogHarness.Detect("stderr.txt",
            "goroutine 1 [running]:\nmain.main()\n\t/src/main.go:12 +0x1d\nexit status 2\n"));
        Assert.Equal(DetectionConfidence.None, KernelLogHarness.Detect("app.log",
            "2024-05-27T03:47:09Z INFO starting\n2024-05-27T03:47:10Z WARN slow request\n2024-05-27T03:47:11Z INFO done\n"));
    }

    [Fact]
    public void Parser_is_registered_after_the_go_parsers()
    {
        var formats = ParserRegistry.Default.Select(p => p.Format).ToList();
        Assert.Contains("kernel-log", formats);
        Assert.True(formats.IndexOf("kernel-log") > formats.IndexOf("go-goroutine-dump"));
        Assert.IsType<KernelLogParser>(ParserRegistry.Default.Single(p => p.Format == "kernel-log"));
    }
}
