using Analyzer.Tests.Support;

namespace Analyzer.Tests.Pipeline;

/// <summary>
/// Logs that carry another program's Go dump: the JuiceFS client log of the juicefs-crash fixture (the client's own
/// panic, line 12), and a journal holding a kernel hung-task report and a Go service's panic (written after
/// fixtures/kernel-hung-io/syslog.1 and the journal prefix shape of `journalctl -o short`).
/// </summary>
internal static class EmbeddedTextSamples
{
    public static string JuiceFsLog => File.ReadAllText(Path.Combine(RepoPaths.Fixtures, "juicefs-crash", "juicefs.log"));

    public const int JuiceFsPanicLine = 12;

    public const string Journal =
        "Nov 20 03:10:01 db1 CRON[30411]: (root) CMD (command -v debian-sa1 > /dev/null && debian-sa1 1 1)\n" +
        "Nov 20 03:12:40 db1 kernel: [1204345.771120] INFO: task kworker/u16:2:98 blocked for more than 120 seconds.\n" +
        "Nov 20 03:12:40 db1 kernel: [1204345.771163]       Not tainted 4.15.0-213-generic #224-Ubuntu\n" +
        "Nov 20 03:12:40 db1 kernel: [1204345.771190] \"echo 0 > /proc/sys/kernel/hung_task_timeout_secs\" disables this message.\n" +
        "Nov 20 03:12:40 db1 kernel: [1204345.771219] kworker/u16:2   D    0    98      2 0x80000000\n" +
        "Nov 20 03:12:40 db1 kernel: [1204345.771239] Workqueue: writeback wb_workfn (flush-8:16)\n" +
        "Nov 20 03:12:40 db1 kernel: [1204345.771244] Call Trace:\n" +
        "Nov 20 03:12:40 db1 kernel: [1204345.771257]  __schedule+0x24e/0x880\n" +
        "Nov 20 03:12:40 db1 kernel: [1204345.771264]  schedule+0x2c/0x80\n" +
        "Nov 20 03:12:40 db1 kernel: [1204345.771271]  io_schedule+0x16/0x40\n" +
        "Nov 20 03:12:40 db1 kernel: [1204345.771278]  blk_mq_get_tag+0x161/0x290\n" +
        "Nov 20 03:12:40 db1 kernel: [1204345.771393]  kthread+0x121/0x140\n" +
        "Nov 20 03:12:40 db1 kernel: [1204345.771412]  ret_from_fork+0x35/0x40\n" +
        "Nov 20 03:13:02 db1 orders-api[2211]: 2026/11/20 03:13:02 worker: order 1001 shipped\n" +
        "Nov 20 03:13:02 db1 orders-api[2211]: panic: runtime error: invalid memory address or nil pointer dereference\n" +
        "Nov 20 03:13:02 db1 orders-api[2211]: [signal SIGSEGV: segmentation violation code=0x1 addr=0x10 pc=0x48aedc]\n" +
        "Nov 20 03:13:02 db1 orders-api[2211]: \n" +
        "Nov 20 03:13:02 db1 orders-api[2211]: goroutine 20 [running]:\n" +
        "Nov 20 03:13:02 db1 orders-api[2211]: main.shippingRegion(...)\n" +
        "Nov 20 03:13:02 db1 orders-api[2211]: \tfixturegen/cmd/nilpanic/main.go:30\n" +
        "Nov 20 03:13:02 db1 orders-api[2211]: main.process(0x0?)\n" +
        "Nov 20 03:13:02 db1 orders-api[2211]: \tfixturegen/cmd/nilpanic/main.go:39 +0x1c\n" +
        "Nov 20 03:13:02 db1 orders-api[2211]: created by main.main\n" +
        "Nov 20 03:13:02 db1 orders-api[2211]: \tfixturegen/cmd/nilpanic/main.go:55 +0x48\n" +
        "Nov 20 03:13:02 db1 systemd[1]: orders-api.service: Main process exited, code=exited, status=2/INVALIDARGUMENT\n" +
        "Nov 20 03:13:14 db1 kernel: [1204379.118034] ata3: EH complete\n";

    public const int JournalHungTaskLine = 2;
    public const int JournalPanicLine = 15;
}
