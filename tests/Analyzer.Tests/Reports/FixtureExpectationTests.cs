using Analyzer.Pipeline;
using Analyzer.Tests.Support;

namespace Analyzer.Tests.Reports;

/// <summary>Each fixture bundle yields exactly its expected symptoms and verdict; the healthy one nothing but 'healthy'.</summary>
public sealed class FixtureExpectationTests
{
    public static TheoryData<string, string, string[]> Cases() => new()
    {
        { "go-lock-hang", "userspace-lockup", ["go-lock-contention"] },
        { "go-service-journal.tar.gz", "userspace-lockup", ["go-lock-contention"] },
        { "go-goroutine-leak", "userspace-lockup", ["go-goroutine-leak"] },
        { "go-deadlock", "userspace-crash", ["go-deadlock"] },
        { "go-nil-panic", "userspace-crash", ["go-panic"] },
        // The same panic recorded from a terminal by `script`: prompt, CRLF and escape sequences around it.
        { "go-panic-terminal", "userspace-crash", ["go-panic"] },
        // A journal across a restart: the first run's lock convoy (SIGQUIT dump) and the second run's panic, one
        // program under two pids, TABs expanded by journalctl.
        { "go-journal-restart", "userspace-crash", ["go-lock-contention", "go-panic"] },
        { "go-concurrent-map-writes", "userspace-crash", ["go-fatal-error"] },
        { "go-healthy", "healthy", [] },
        // A real idle server left alone 11 minutes: main.main on its signal channel, a shutdown watcher, an idle pool.
        { "go-idle-server", "healthy", [] },
        // The lock convoy dumped twice, two minutes apart: one finding, stuck (GO0013 compares the captures).
        { "go-lock-hang-recaptured", "userspace-lockup", ["go-lock-contention"] },
        // A real -race run: the race is a bug (GO0017) but neither a crash nor a lockup; VRD0015 names it, not healthy.
        { "go-data-race", "inconclusive", ["go-data-race"] },
        // net/http recovered a handler's nil dereference and logged its stack; the process went on (GO0015).
        { "go-recovered-panic", "inconclusive", ["go-recovered-panic"] },
        // One goroutine parked on a WaitGroup for 11 minutes in an otherwise healthy service (GO0014).
        { "go-wait-stuck", "inconclusive", ["go-long-wait"] },
        // A real kill -ABRT: the runtime's signal report ended the process (GO0016).
        { "go-sigabrt", "userspace-crash", ["go-fatal-error"] },
        { "go-cpu-hot", "performance-cpu", ["cpu-hotspot"] },
        { "go-syscall-bound", "performance-cpu", ["cgo-syscall-bound"] },
        // ZFS: the performance verdicts take zpool-latency (disk, VRD0008) and arc-memory-throttle (memory, VRD0007).
        { "zfs-slow-vdev", "performance-disk", ["zpool-latency"] },
        { "zfs-arc-throttle", "performance-memory", ["arc-low-hit-ratio", "arc-memory-throttle"] },
        { "zfs-healthy", "healthy", [] },
        // One failing disk under a pool, seen in the kernel log, ps, /proc stacks, zpool iostat and iostat: the hung
        // tasks make it a kernel lockup, and the disk findings name the device with its I/O errors.
        // The hung txg_sync and the writers waiting for it are one finding (ZFS0008): their hung-task reports (LNX0001)
        // and D-state sightings (LNX0020) are taken into it, not told three times.
        { "zfs-stuck-pool", "kernel-lockup", ["disk-errors", "disk-latency", "disk-saturation", "zfs-txg-stall", "zpool-latency"] },
        // A txg stuck syncing stalls every writer to the pool: a kernel lockup even with no ps or hung-task report.
        { "zfs-txg-stall", "kernel-lockup", ["zfs-txg-stall"] },
        // An outgrown heap and a busy collector: memory is the bottleneck (VRD0007).
        { "go-gc-heavy", "performance-memory", ["go-gc-pressure", "go-heap-growth"] },
        { "go-mutex-contended", "userspace-lockup", ["go-lock-contention"] },
        // The hung tasks wait for sdb, whose media errors and I/O errors name the failing disk (LNX0009).
        { "kernel-hung-io", "kernel-lockup", ["disk-errors", "kernel-hung-task"] },
        { "kernel-dmesg-human", "kernel-lockup", ["disk-errors", "kernel-hung-task"] },
        { "kernel-oops", "kernel-crash", ["kernel-hung-task", "kernel-oops"] },
        { "zfs-verify-panic", "kernel-crash", ["zfs-assert", "zfs-txg-stall"] },
        { "lustre-evicted", "kernel-lockup", ["kernel-hung-task", "lustre-errors"] },
        // The OOM killer at work is a memory problem (VRD0007).
        { "oom-kill", "performance-memory", ["oom-kill"] },
        // A real sosreport of the (idle, ZFS-less) capture machine: its meminfo, free and ps are read, nothing wrong.
        { "sos-debian.tar.xz", "healthy", [] },
        { "host-disk-busy", "performance-disk", ["disk-saturation", "d-state-process"] },
        { "host-quiet", "healthy", [] },
        { "host-d-state", "kernel-lockup", ["d-state-process"] },
        // A real ps loop: the same task in D in four listings 5 s apart is stuck (LNX0020); in D in the first and
        // gone in the next, it was an instant (LNX0030's note).
        { "host-ps-loop-stuck", "kernel-lockup", ["d-state-process"] },
        { "host-ps-loop-instant", "healthy", ["d-state-process"] },
        { "host-stack-loop-stuck", "kernel-lockup", ["kernel-wait-stuck"] },
        { "host-stack-loop-instant", "healthy", [] },
        // Three idle vdev_autotrim threads in D (an OpenZFS quirk): a note (LNX0030), never a kernel lockup.
        { "host-zfs-autotrim", "healthy", ["d-state-process"] },
        { "perf-hot", "performance-cpu", ["cpu-hotspot"] },
        // Its EIO reads are operations the application saw fail (JFS0008), beside the store's errors and slowness.
        { "juicefs-slow-object-store", "performance-network", ["fs-operation-errors", "object-storage-errors", "fs-slow-operations"] },
        { "juicefs-meta-errors", "performance-network", ["metadata-engine-errors", "fs-slow-operations"] },
        { "juicefs-healthy", "healthy", [] },
        { "juicefs-crash", "userspace-crash", ["go-panic", "object-storage-errors"] },
        // df sleeps in D inside ptlrpc (LUS0003, d-state-process): kernel-lockup, explained by the eviction (LUS0002).
        { "lustre-client-evicted", "kernel-lockup", ["d-state-process", "lustre-errors"] },
        { "lustre-client-healthy", "healthy", [] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Fixture_yields_its_symptoms_and_verdict(string fixture, string verdict, string[] symptoms)
    {
        var report = Analysis.Run(Path.Combine(RepoPaths.Fixtures, fixture), ShippedRules.Rules);
        Assert.Equal(verdict, report.Verdict);
        Assert.Equal(symptoms.Order(), report.Findings.Select(f => f.Symptom).Distinct().Order());
        Assert.All(report.Findings, f => Assert.NotEmpty(f.Evidence));
        Assert.DoesNotContain(report.Rules, r => r.Kind == Rules.Engine.RuleOutcomeKind.Error);
    }

    [Fact]
    public void Every_fixture_has_an_expectation()
    {
        var covered = Cases().Select(c => (string)c[0]).ToHashSet();
        var names = RepoPaths.FixtureBundles().Select(p => Path.GetFileName(p)!).ToList();
        Assert.All(names, f => Assert.Contains(f, covered));
    }
}
