using System.Text.RegularExpressions;
using Analyzer.Collection;

namespace Analyzer.Tests.Collection;

/// <summary>
/// `triage collect` against the real lock-hang service: found by its pid (the listening port from /proc) and named
/// explicitly over TCP and over its unix socket. The analyzed bundle must say what the hand-made go-lock-hang
/// fixture says: 40 goroutines queued on the store lock, the holder named (the one goroutine parked in
/// waitForReplicaAck, its id read from the captured dump), and every capture (two debug=2 dumps, debug=1) read.
/// </summary>
public sealed partial class GoCollectionTests(LockHangService service) : IClassFixture<LockHangService>
{
    [GeneratedRegex(@"^goroutine (?<id>[0-9]+) \[chan receive[^\]]*\]:\n[^\n]*waitForReplicaAck", RegexOptions.Multiline)]
    private static partial Regex HolderBlock();

    [Fact]
    public void Collect_by_pid_finds_the_port_and_names_the_lock_holder()
    {
        using var bundle = CollectedBundle.Collect(new CollectOptions { Pids = [service.Pid], Host = false, Seconds = 1 });
        var folder = $"go/pid{service.Pid}-{service.Address.Replace(':', '_')}";
        var first = bundle.Text($"{folder}/goroutine-debug2-1.txt");
        var second = bundle.Text($"{folder}/goroutine-debug2-2.txt");
        var holder = HolderBlock().Match(first).Groups["id"].Value;
        Assert.NotEmpty(holder);
        // The two dumps agree on the holder: the same goroutine still parked there a window later.
        Assert.Equal(holder, HolderBlock().Match(second).Groups["id"].Value);
        foreach (var file in new[] { "goroutine-debug1.txt", "heap.pb.gz", "cpu.pb.gz", "mutex.pb.gz", "block.pb.gz" })
            Assert.Contains($"{folder}/{file}", bundle.Files.Keys);

        var report = bundle.Analyze();
        Assert.Equal("userspace-lockup", report.Verdict);
        var finding = Assert.Single(report.Findings, f => f.Symptom == "go-lock-contention");
        Assert.Contains("40 goroutine(s) wait to take a lock in `main.(*Store).Put`", finding.Message, StringComparison.Ordinal);
        Assert.Contains($"The likely holder is goroutine {holder}, blocked in `chan receive` in `main.(*Store).waitForReplicaAck`", finding.Message, StringComparison.Ordinal);
        Assert.Contains("Seen in 3 capture(s)", finding.Message, StringComparison.Ordinal);
        Assert.Contains(finding.Evidence, e => e.Path == $"{folder}/goroutine-debug2-1.txt");
        Assert.Contains(finding.Evidence, e => e.Path == $"{folder}/goroutine-debug2-2.txt");
        // Every captured file was read, none in part; the profiles are real pprof.
        Assert.Empty(report.Gaps);
        Assert.All(report.Inputs.Where(i => i.Path.StartsWith(folder, StringComparison.Ordinal) && !i.Path.EndsWith(".gz", StringComparison.Ordinal)),
            i => Assert.Equal(Inventory.InputStatus.Parsed, i.Status));
        Assert.Contains(report.Inputs, i => i.Path == $"{folder}/cpu.pb" && i.Format == "pprof-profile");

        // The service has no expvar: /debug/vars is listed as absent, and the unix socket of the same process was
        // listed, not captured twice.
        var sources = bundle.Sources();
        Assert.Contains(sources, s => s.Name == "go expvar" && s.Status == "absent" && s.Reason!.Contains("404", StringComparison.Ordinal));
        Assert.Contains(sources, s => s.Name == $"go pid {service.Pid}" && s.Status == "skipped" && s.Reason!.Contains("captured through", StringComparison.Ordinal));
    }

    [Fact]
    public void Collect_explicit_endpoints_over_tcp_and_a_unix_socket()
    {
        Assert.True(service.UnixListening());
        using var bundle = CollectedBundle.Collect(new CollectOptions
        {
            GoTargets = [service.Address, "unix:" + service.UnixPath, "unix:/nonexistent/pprof.sock"],
            Host = false,
            Seconds = 1,
        });
        var unixFolder = "go/" + ("unix" + service.UnixPath.Replace('/', '_')).Trim('_');
        Assert.Contains($"{unixFolder}/goroutine-debug2-2.txt", bundle.Files.Keys);
        Assert.Contains($"go/{service.Address.Replace(':', '_')}/goroutine-debug2-2.txt", bundle.Files.Keys);

        var report = bundle.Analyze();
        var finding = Assert.Single(report.Findings, f => f.Symptom == "go-lock-contention");
        Assert.Contains("The likely holder is goroutine", finding.Message, StringComparison.Ordinal);
        // Both endpoints are the same process: one lock site, six captures.
        Assert.Contains("Seen in 6 capture(s)", finding.Message, StringComparison.Ordinal);
        Assert.Contains(bundle.Sources(), s => s.Name == "go endpoint" && s.Status == "absent" && s.Reason!.Contains("/debug/pprof/", StringComparison.Ordinal));
    }
}
