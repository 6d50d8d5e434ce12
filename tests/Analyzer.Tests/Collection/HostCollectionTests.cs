using Analyzer.Collection;
using Analyzer.Inventory;
using Analyzer.Pipeline;

namespace Analyzer.Tests.Collection;

/// <summary>
/// Host captures read back: a fake root covering the kernel log, processes, samples, ZFS, Lustre and JuiceFS, and
/// the machine the tests run on. Every evidence input must come back `parsed`, and the manifest must list what was
/// not there.
/// </summary>
[Collection(TimingSensitiveCollection.Name)]
public sealed class HostCollectionTests : IDisposable
{
    private readonly FakeRoot _fake = new();

    public void Dispose() => _fake.Dispose();

    private CollectOptions FakeOptions => new()
    {
        Root = _fake.Root,
        ToolDirs = [_fake.Tools],
        JuiceFsMounts = [_fake.Mount],
        Seconds = 1,
    };

    [Fact]
    public void Fake_root_reads_back_with_every_input_parsed()
    {
        using var bundle = CollectedBundle.Collect(FakeOptions);
        var jfs = "juicefs/" + _fake.Mount.Trim('/').Replace('/', '-');
        foreach (var path in new[]
                 {
                     "kernel/dmesg.txt", "ps-eo-wchan.txt", "proc/35/stack", "proc/35/status", "proc/stacks.txt", "proc/d-state-stacks.txt", "iostat-x-t.txt", "vmstat-t.txt",
                     "proc/loadavg", "proc/meminfo", "proc/cpuinfo", "proc/pressure/cpu", "proc/pressure/memory",
                     "proc/spl/kstat/zfs/arcstats", "proc/spl/kstat/zfs/dbgmsg", "proc/spl/kstat/zfs/tank/txgs", "zpool-status-v.txt", "zpool-iostat-lv.txt",
                     "lustre/lctl-dk.txt", "lustre/get_param-stats.txt",
                     $"{jfs}/{jfs["juicefs/".Length..]}.accesslog", $"{jfs}/stats.txt", $"{jfs}/stats.1s.txt", $"{jfs}/juicefs.log",
                 })
            Assert.Contains(path, bundle.Files.Keys);
        // The D-state task and nothing else is copied as proc/PID.
        Assert.DoesNotContain(bundle.Files.Keys, k => k.StartsWith("proc/1/", StringComparison.Ordinal) || k.StartsWith("proc/7/", StringComparison.Ordinal));
        Assert.Contains("     35 D    iomap_dio_rw", bundle.Text("ps-eo-wchan.txt"), StringComparison.Ordinal);

        var report = bundle.Analyze();
        var evidence = report.Inputs.Where(EvidenceInputs.Is).ToArray();
        Assert.All(evidence, i => Assert.True(i.Status == InputStatus.Parsed, $"{i.Path} ({i.Format}) is {i.Status}: {string.Join("; ", i.Problems)}"));
        Assert.Empty(report.Gaps);
        var formats = evidence.Select(i => i.Format).ToHashSet();
        foreach (var format in new[] { "kernel-log", "ps", "iostat", "vmstat", "psi", "loadavg", "meminfo", "cpuinfo", "proc-stack", "proc-status", "zfs-arcstats", "zfs-dbgmsg", "zfs-txgs", "zpool-iostat", "lustre-debug-log", "juicefs-accesslog", "juicefs-stats", "juicefs-log" })
            Assert.Contains(format, formats);
        // What the fake host shows: the hung tasks of the kernel log and dd in D state.
        Assert.Contains(report.Findings, f => f.Symptom == "kernel-hung-task");
        Assert.Contains(report.Findings, f => f.Symptom == "d-state-process");

        var sources = bundle.Sources();
        Assert.Contains(sources, s => s.Name == "/proc/pressure/io" && s.Status == "absent");
        Assert.Contains(sources, s => s.Name == "juicefs pprof" && s.Status == "absent");
        Assert.Contains(sources, s => s.Name == "kernel log" && s.Status == "ok");
        Assert.Equal("db1.example.com", bundle.Manifest.RootElement.GetProperty("host").GetString());
        Assert.Equal("6.1.0-28-amd64", bundle.Manifest.RootElement.GetProperty("kernel").GetString());
    }

    [Fact]
    public void Processes_are_listed_at_the_start_and_the_end_of_the_window_like_a_ps_loop()
    {
        using var bundle = CollectedBundle.Collect(FakeOptions with { Seconds = 2 });
        var lines = bundle.Text("ps-eo-wchan.txt").Split('\n');
        // `date -u`, then the listing, twice: the layout of `while sleep 2; do date -u; ps -eo ...; done`.
        var dates = lines.Where(l => l.EndsWith(" UTC " + DateTime.UtcNow.Year, StringComparison.Ordinal)).ToList();
        Assert.Equal(2, dates.Count);
        Assert.Equal(2, lines.Count(l => l.TrimStart().StartsWith("PID STAT WCHAN", StringComparison.Ordinal)));
        Assert.Equal(2, lines.Count(l => l.StartsWith("     35 D    iomap_dio_rw", StringComparison.Ordinal)));
        var source = Assert.Single(bundle.Sources(), s => s.Name == "processes");
        Assert.Equal("ok", source.Status);
        Assert.Matches(@"^2 listings [23] s apart$", source.Reason);
        // dd is in D in both listings: the collected bundle shows it stuck by itself.
        var finding = Assert.Single(bundle.Analyze().Findings, f => f.RuleId == "LNX0020" && f.Message.Contains("`dd`", StringComparison.Ordinal));
        Assert.True(finding.Message.Contains("in D again in 1 later sample(s) of its listing (", StringComparison.Ordinal), finding.Message);
        // Its kernel stack was read again at the end of the window, after a date line each time, and had not moved.
        var stacks = bundle.Text("proc/d-state-stacks.txt").Split('\n');
        Assert.Equal(2, stacks.Count(l => l.EndsWith(" UTC " + DateTime.UtcNow.Year, StringComparison.Ordinal)));
        Assert.Equal(2, stacks.Count(l => l == "/proc/35"));
        Assert.True(finding.Message.Contains("The same stack again in 1 later capture(s) of proc/d-state-stacks.txt (", StringComparison.Ordinal), finding.Message);
    }

    [Fact]
    public void Live_host_reads_back_with_every_input_parsed_and_lists_what_is_absent()
    {
        using var bundle = CollectedBundle.Collect(new CollectOptions
        {
            ToolDirs = (Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin").Split(':', StringSplitOptions.RemoveEmptyEntries),
            Seconds = 1,
        });
        var report = bundle.Analyze();
        var evidence = report.Inputs.Where(EvidenceInputs.Is).ToArray();
        Assert.Contains(evidence, i => i.Format == "ps");
        Assert.Contains(evidence, i => i.Format == "iostat" || i.Format == "vmstat");
        Assert.All(evidence, i => Assert.True(i.Status == InputStatus.Parsed, $"{i.Path} ({i.Format}) is {i.Status}: {string.Join("; ", i.Problems)}"));
        Assert.Empty(report.Gaps);
        // Every source is accounted for: written, or listed with its reason (ZFS and Lustre absent on most test machines).
        var sources = bundle.Sources();
        Assert.Contains(sources, s => s.Name == "zfs kstats" || s.Name.StartsWith("/proc/spl/", StringComparison.Ordinal));
        Assert.Contains(sources, s => s.Name == "lustre" || s.Name == "lustre debug log");
        Assert.All(sources.Where(s => s.Status is not ("ok" or "truncated")), s => Assert.False(string.IsNullOrEmpty(s.Reason), $"{s.Name} has no reason"));
    }

    [Fact]
    public void Size_budget_caps_the_bundle_and_says_what_it_cut()
    {
        const long max = 6000;
        using var bundle = CollectedBundle.Collect(FakeOptions with { MaxBytes = max });
        var captured = bundle.Files.Where(f => f.Key != CollectManifest.FileName).Sum(f => (long)f.Value.Length);
        Assert.InRange(captured, 1, max);
        Assert.Equal(captured, bundle.Manifest.RootElement.GetProperty("bytesWritten").GetInt64());
        var sources = bundle.Sources();
        // What no longer fit is listed: left out whole, or with not one whole line left to write.
        Assert.Contains(sources, s => s.Status == "skipped" && s.Reason!.StartsWith("size budget", StringComparison.Ordinal));
        // A cut text file is cut at a budget boundary and says so; the bundle still analyzes.
        Assert.All(sources.Where(s => s.Status == "truncated"), s =>
        {
            Assert.StartsWith("size budget", s.Reason, StringComparison.Ordinal);
            Assert.EndsWith("\n", bundle.Text(s.Path!), StringComparison.Ordinal); // after a whole line
        });
        Assert.NotNull(bundle.Analyze().Verdict);
    }

    [Fact]
    public void Time_budget_ends_the_capture_and_lists_what_it_cut()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        // 4 s, not less: on a loaded machine the first listing alone has taken over 2 s, leaving no end listing to check.
        using var bundle = CollectedBundle.Collect(FakeOptions with { Seconds = 30, MaxSeconds = 4 });
        // The budget plus the grace for a read already under way; a 30-second window was asked for.
        Assert.InRange(clock.Elapsed.TotalSeconds, 3.5, 8);
        var sources = bundle.Sources();
        Assert.Contains(sources, s => s.Name == "disk samples" && s.Status == "timed-out" && s.Reason!.Contains("of 30 intervals", StringComparison.Ordinal));
        Assert.Contains("iostat-x-t.txt", bundle.Files.Keys);
        // The end listing is taken early, as late as the budget allows, and the manifest says so.
        var processes = sources.Where(s => s.Name == "processes").ToList();
        Assert.True(processes.Any(s => s.Status == "timed-out" && s.Reason!.Contains("time budget: 30 s asked", StringComparison.Ordinal)),
            string.Join("; ", sources.Select(s => $"{s.Name}: {s.Status} ({s.Reason})")));
    }

    [Fact]
    public void Redaction_replaces_host_user_and_address_consistently()
    {
        File.AppendAllText(Path.Combine(_fake.Root, "dev/kmsg"),
            "6,9000,99000000,-;nfs: server 192.0.2.10 not responding, still trying (db1.example.com, login alice)\n" +
            "6,9001,99000001,-;nfs: server 192.0.2.10 OK (db1)\n");
        using var bundle = CollectedBundle.Collect(FakeOptions with { Redact = true });
        foreach (var (path, bytes) in bundle.Files)
        {
            var text = System.Text.Encoding.UTF8.GetString(bytes);
            Assert.DoesNotContain("192.0.2.10", text, StringComparison.Ordinal);
            // As words: "sdb1" is a disk, not the host.
            Assert.DoesNotMatch(@"(?<![A-Za-z0-9_-])(db1|alice)(?![A-Za-z0-9_-])", text);
        }
        var kernel = bundle.Text("kernel/dmesg.txt");
        var stand = System.Text.RegularExpressions.Regex.Match(kernel, @"server (10\.255\.[0-9]+\.[0-9]+) not responding").Groups[1].Value;
        Assert.NotEmpty(stand);
        // The same address and the same host get the same stand-in each time.
        Assert.Contains($"nfs: server {stand} OK (host-", kernel, StringComparison.Ordinal);
        Assert.Contains("login user-1)", kernel, StringComparison.Ordinal);
        Assert.Matches("^host-[0-9]+$", bundle.Manifest.RootElement.GetProperty("host").GetString()!);
        Assert.True(bundle.Manifest.RootElement.GetProperty("redacted").GetBoolean());
    }
}
