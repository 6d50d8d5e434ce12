using System.Text;
using Analyzer.Families.Go.Facts;
using Analyzer.Families.Linux.Facts;
using Analyzer.Pipeline;
using Analyzer.Tests.Support;

namespace Analyzer.Tests.Transport;

/// <summary>
/// Whole-pipeline checks of the transport layer: a Go panic pasted through a log shipper, a terminal or a mail client
/// yields the facts it yields unwrapped, at the same lines; a journal of several programs is split into channels;
/// head output of several /proc files becomes one virtual entry per file.
/// </summary>
public sealed class TransportPipelineTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("triage-transport-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string[] PanicLines =>
        File.ReadAllText(Path.Combine(RepoPaths.Fixtures, "go-nil-panic", "stderr.txt")).TrimEnd('\n').Split('\n');

    public static TheoryData<string> Wrappers => ["docker", "cri", "journal", "cat-n", "quote", "journal+cri", "ansi+nbsp", "crlf", "kubectl"];

    [Theory]
    [MemberData(nameof(Wrappers))]
    public void A_wrapped_Go_panic_yields_the_same_facts_at_the_same_lines(string wrapper)
    {
        var plain = Facts("stderr.txt", string.Join('\n', PanicLines) + "\n");
        var wrapped = Facts("stderr.txt", string.Join(wrapper == "crlf" ? "\r\n" : "\n", PanicLines.Select((l, i) => Wrap(wrapper, l, i + 1))) + "\n");

        var expected = Panics(plain);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, Panics(wrapped));
        Assert.Equal(plain.Facts.Of<GoroutineGroup>().Select(g => g.Provenance.Line), wrapped.Facts.Of<GoroutineGroup>().Select(g => g.Provenance.Line));
    }

    // Not "journal" (short-precise): the JuiceFS parser reads that syslog shape itself and the Go scanner riding along
    // does not read its fractional stamp yet (known-gaps: juicefs-crash × journald-short-precise).
    public static TheoryData<string> LogWrappers => ["docker", "cri", "kubectl", "rfc5424", "compose"];

    /// <summary>
    /// A JuiceFS client log whose process panicked (fixtures/juicefs-crash): its parser reads its own lines inside many
    /// wrappers, but the Go panic at its end is only found by the scanner riding along, which must see it unwrapped.
    /// </summary>
    [Theory]
    [MemberData(nameof(LogWrappers))]
    public void A_panic_at_the_end_of_a_wrapped_service_log_is_still_found(string wrapper)
    {
        var log = File.ReadAllText(Path.Combine(RepoPaths.Fixtures, "juicefs-crash", "juicefs.log")).TrimEnd('\n').Split('\n');
        var plain = Facts("juicefs.log", string.Join('\n', log) + "\n");
        var wrapped = Facts("juicefs.log", string.Join('\n', log.Select((l, i) => Wrap(wrapper, l, i + 1))) + "\n");

        var expected = Panics(plain);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, Panics(wrapped));
        Assert.Equal(plain.Facts.Count, wrapped.Facts.Count);
    }

    [Fact]
    public void The_inventory_says_which_wrapper_was_removed()
    {
        var facts = Facts("stderr.txt", string.Join('\n', PanicLines.Select((l, i) => Wrap("docker", l, i + 1))) + "\n");
        var input = Assert.Single(facts.Inventory);
        Assert.Equal("go-goroutine-dump", input.Format);
        Assert.Contains("transport: docker json-file", input.Notes);
    }

    [Fact]
    public void A_wrapping_that_changes_mid_file_is_learned_again()
    {
        // 30 docker json-file lines, then CRI lines: the CRI wrapping is learned after a few lines of it, before the panic.
        var docker = Enumerable.Range(0, 30).Select(i => Wrap("docker", $"worker: order {i} shipped", 0));
        var filler = Enumerable.Range(0, 10).Select(i => Wrap("cri", $"worker: order {i} shipped", 0));
        var cri = PanicLines.Select(l => Wrap("cri", l, 0));
        var lines = docker.Concat(filler).Concat(cri).ToList();
        var facts = Facts("stderr.txt", string.Join('\n', lines) + "\n");

        var panic = Assert.Single(facts.Facts.Of<GoPanic>());
        Assert.Equal(30 + 10 + 3, panic.Provenance.Line); // "panic:" is the fixture's third line
        Assert.Contains(Assert.Single(facts.Inventory).Notes, n => n.StartsWith("transport from line ", StringComparison.Ordinal) && n.EndsWith("cri", StringComparison.Ordinal));
    }

    [Fact]
    public void A_journal_of_the_kernel_and_a_restarted_service_splits_into_channels()
    {
        var lines = new List<string>
        {
            "Nov 20 03:10:01.000001 db1 CRON[30411]: (root) CMD (debian-sa1 1 1)",
            "Nov 20 03:12:40.000001 db1 kernel: [1204345.771120] INFO: task kworker/u16:2:98 blocked for more than 120 seconds.",
            "Nov 20 03:12:40.000002 db1 kernel: [1204345.771163]       Not tainted 4.15.0-213-generic #224-Ubuntu",
            "Nov 20 03:12:40.000003 db1 kernel: [1204345.771219] kworker/u16:2   D    0    98      2 0x80000000",
            "Nov 20 03:12:40.000004 db1 kernel: [1204345.771244] Call Trace:",
            "Nov 20 03:12:40.000005 db1 kernel: [1204345.771257]  __schedule+0x24e/0x880",
            "Nov 20 03:12:40.000006 db1 kernel: [1204345.771264]  schedule+0x2c/0x80",
            "Nov 20 03:12:40.000007 db1 kernel: [1204345.771271]  io_schedule+0x16/0x40",
            "Nov 20 03:12:40.000008 db1 kernel: [1204345.771393]  kthread+0x121/0x140",
        };
        var panicStart = lines.Count + 1 + 2; // "panic:" is the fixture's third line
        lines.AddRange(PanicLines.Select(l => $"Nov 20 03:13:02.000001 db1 app[42]: {l}"));
        lines.Add("Nov 20 03:13:05.000001 db1 systemd[1]: app.service: Main process exited, code=exited, status=2/INVALIDARGUMENT");
        var dumpStart = lines.Count + 1;
        string[] quit =
        [
            "SIGQUIT: quit",
            "PC=0x46d1c1 m=0 sigcode=0",
            "",
            "goroutine 1 [select, 3 minutes]:",
            "main.main()",
            "\tfixturegen/cmd/app/main.go:80 +0x1a5",
            "",
            "goroutine 9 [chan receive, 3 minutes]:",
            "main.worker(0xc000010000)",
            "\tfixturegen/cmd/app/main.go:40 +0x51",
            "created by main.main in goroutine 1",
            "\tfixturegen/cmd/app/main.go:70 +0x99",
        ];
        lines.AddRange(quit.Select(l => $"Nov 20 03:20:00.000001 db1 app[77]: {l}"));

        var facts = Facts("journal.txt", string.Join('\n', lines) + "\n");

        var hung = Assert.Single(facts.Facts.Of<KernelHungTask>());
        Assert.Equal(("journal.txt", 2), (hung.Provenance.Path, hung.Provenance.Line!.Value));
        var panic = Assert.Single(facts.Facts.Of<GoPanic>());
        Assert.Equal(("journal.txt", panicStart), (panic.Provenance.Path, panic.Provenance.Line!.Value));
        var dumps = facts.Facts.Of<GoroutineDump>().ToList();
        Assert.Equal(2, dumps.Count);
        Assert.Contains(facts.Facts.Of<GoroutineGroup>(), g => g.Provenance.Line >= dumpStart);
        Assert.Contains(facts.Facts.Of<GoroutineGroup>(), g => g.Provenance.Line < dumpStart);
        Assert.All(facts.Facts.Of<GoroutineGroup>(), f => Assert.Equal("journal.txt", f.Provenance.Path));

        var inventory = facts.Inventory.ToDictionary(i => i.Path);
        Assert.Equal("multi-program log", inventory["journal.txt"].Format);
        // CRON's one line is no kernel log, so it is not in the kernel's channel: unclaimed lines go to the scanners.
        Assert.Equal("kernel-log", inventory["journal.txt#kernel"].Format);
        Assert.Equal("go-goroutine-dump", inventory["journal.txt#app"].Format);
    }

    [Fact]
    public void Grep_over_several_files_splits_into_one_channel_per_file()
    {
        // grep -r -A4 "blocked for\|panic:" /var/log: each match behind the name of the file it came from.
        var lines = new List<string>
        {
            "/var/log/kern.log:Nov 20 03:12:40 db1 kernel: [1204345.771120] INFO: task kworker/u16:2:98 blocked for more than 120 seconds.",
            "/var/log/kern.log:Nov 20 03:12:40 db1 kernel: [1204345.771219] kworker/u16:2   D    0    98      2 0x80000000",
            "/var/log/kern.log:Nov 20 03:12:40 db1 kernel: [1204345.771244] Call Trace:",
            "/var/log/kern.log:Nov 20 03:12:40 db1 kernel: [1204345.771257]  __schedule+0x24e/0x880",
            "/var/log/kern.log:Nov 20 03:12:40 db1 kernel: [1204345.771264]  schedule+0x2c/0x80",
        };
        var panicStart = lines.Count + 3;
        lines.AddRange(PanicLines.Select(l => $"/var/log/app/app.log:{l}"));

        var facts = Facts("grep.txt", string.Join('\n', lines) + "\n");

        Assert.Equal(("grep.txt", 1), (Assert.Single(facts.Facts.Of<KernelHungTask>()).Provenance.Path, Assert.Single(facts.Facts.Of<KernelHungTask>()).Provenance.Line!.Value));
        Assert.Equal(panicStart, Assert.Single(facts.Facts.Of<GoPanic>()).Provenance.Line);
        var inventory = facts.Inventory.ToDictionary(i => i.Path);
        Assert.Equal("kernel-log", inventory["grep.txt#/var/log/kern.log"].Format);
        Assert.Equal("go-goroutine-dump", inventory["grep.txt#/var/log/app/app.log"].Format);
    }

    [Fact]
    public void Head_output_of_proc_files_becomes_one_virtual_entry_per_file()
    {
        string[] text =
        [
            "==> /proc/4242/stack <==",                             // 1
            "[<0>] io_schedule+0x16/0x40",                          // 2
            "[<0>] wait_on_page_bit_common+0x116/0x2a0",           // 3
            "[<0>] __filemap_fdatawait_range+0xd6/0x140",
            "[<0>] do_syscall_64+0x5b/0x1b0",
            "",
            "==> /proc/4242/status <==",                            // 7
            "Name:\tpostgres",                                       // 8
            "Umask:\t0077",
            "State:\tD (disk sleep)",                                // 10
            "Tgid:\t4242",
            "Pid:\t4242",
            "PPid:\t1",
            "",
            "$ cat /proc/4243/stack",                                // 15
            "[<0>] zio_wait+0x12a/0x260 [zfs]",                      // 16
            "[<0>] txg_wait_synced+0xfd/0x140 [zfs]",
            "[<0>] do_syscall_64+0x5b/0x1b0",
        ];
        var facts = Facts("head.txt", string.Join('\n', text) + "\n");

        var stacks = facts.Facts.Of<ProcStack>().OrderBy(s => s.Provenance.Line).ToList();
        Assert.Equal(2, stacks.Count);
        Assert.All(stacks, s => Assert.Equal("head.txt", s.Provenance.Path));
        Assert.Equal(2, stacks[0].Provenance.Line);
        Assert.Equal(16, stacks[1].Provenance.Line);
        var process = Assert.Single(facts.Facts.Of<Process>());
        Assert.Equal(4242, process.Pid);
        Assert.Equal(("head.txt", 10), (process.Provenance.Path, process.Provenance.Line!.Value));

        var inventory = facts.Inventory.ToDictionary(i => i.Path);
        Assert.Equal("multi-file output", inventory["head.txt"].Format);
        Assert.Equal("proc-status", inventory["head.txt!/proc/4242/status"].Format);
        Assert.True(inventory["head.txt!/proc/4242/stack"].Facts > 0);
        Assert.True(inventory["head.txt!/proc/4243/stack"].Facts > 0);
    }

    [Fact]
    public void One_command_under_its_prompt_is_read_as_that_file()
    {
        var free = """
                           total        used        free      shared  buff/cache   available
            Mem:           15895        4120        8012         310        3762       11127
            Swap:           2047           0        2047
            """;
        var facts = Facts("free.txt", $"user@host:~$ free -m\n{free}\nuser@host:~$ \n");
        var input = Assert.Single(facts.Inventory);
        Assert.Equal(("free.txt", "free"), (input.Path, input.Format));
        Assert.Contains("transport: shell prompt (output of `free -m`)", input.Notes);
        var memory = Assert.Single(facts.Facts.Of<MemoryStats>()); // the Mem: row, line 3 of the file
        Assert.Equal(("free.txt", 3), (memory.Provenance.Path, memory.Provenance.Line));
    }

    [Fact]
    public void A_paste_of_several_files_is_no_evidence_itself()
    {
        var text = "==> /proc/loadavg <==\n0.52 0.58 0.59 1/467 12345\n\n==> /proc/sys/kernel/hostname <==\nweb01\n";
        var facts = Facts("head.txt", text);
        var container = Assert.Single(facts.Facts.Of<Analyzer.Facts.Bundle.InputFile>(), f => f.Path == "head.txt");
        Assert.Equal("multi-file output", container.Format);
        Assert.False(container.Evidence);
    }

    [Fact]
    public void A_plain_kernel_syslog_is_read_as_before()
    {
        var log = File.ReadAllText(Path.Combine(RepoPaths.Fixtures, "kernel-hung-io", "syslog.1"));
        var facts = Facts("syslog.1", log);
        var input = Assert.Single(facts.Inventory);
        Assert.Equal("kernel-log", input.Format);
        Assert.Empty(input.Notes);
    }

    private static List<(int? Line, string Message)> Panics(BundleFacts facts) =>
        facts.Facts.Of<GoPanic>().Select(p => (p.Provenance.Line, p.Message)).ToList();

    private BundleFacts Facts(string name, string text)
    {
        var dir = Path.Combine(_dir, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        File.WriteAllBytes(Path.Combine(dir, name), Encoding.UTF8.GetBytes(text));
        return BundleFactReader.Read(dir);
    }

    private static string Wrap(string wrapper, string line, int number) => wrapper switch
    {
        "docker" => $"{{\"log\":\"{Json(line)}\\n\",\"stream\":\"stderr\",\"time\":\"2026-11-22T02:34:32.123456789Z\"}}",
        "cri" => $"2026-11-22T02:34:32.123456789Z stderr F {line}",
        "kubectl" => $"2026-11-22T02:34:32.123456789Z {line}",
        "journal" => $"Nov 22 02:34:32.123456 host orders[42]: {line}",
        "journal+cri" => $"Nov 22 02:34:32.123456 host containerd[42]: 2026-11-22T02:34:32.123456789Z stderr F {line}",
        "rfc5424" => $"<14>1 2026-11-22T02:34:32.123456+00:00 host orders 42 - - {line}",
        "compose" => $"orders-1  | {line}",
        "cat-n" => $"{number,6}\t{line}",
        "quote" => line.Length == 0 ? ">" : $"> {line}",
        "ansi+nbsp" => (line.StartsWith('\t') ? "\u00a0\u00a0\u00a0\u00a0" + line[1..] : line.StartsWith("panic:", StringComparison.Ordinal) ? $"\u001b[31m{line}\u001b[0m" : line),
        "crlf" => line,
        _ => throw new ArgumentOutOfRangeException(nameof(wrapper)),
    };

    private static string Json(string s) => s.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\t", "\\t");
}
