using System.Diagnostics;

namespace Analyzer.Collection;

/// <summary>
/// Samples disk, CPU and memory counters once a second for the window and writes them in the iostat and vmstat
/// layouts (no sysstat on the host needed), plus the instant files: PSI, loadavg, meminfo, cpuinfo.
/// </summary>
public static class ResourceSampler
{
    public static async Task CaptureAsync(HostFiles host, CaptureRecorder recorder, int seconds, string kernel, string hostName)
    {
        foreach (var (file, cap) in new[] { ("/proc/loadavg", 4096), ("/proc/meminfo", 64 * 1024), ("/proc/cpuinfo", 4 * 1024 * 1024),
                     ("/proc/pressure/cpu", 4096), ("/proc/pressure/memory", 4096), ("/proc/pressure/io", 4096) })
        {
            var r = host.Read(file, cap);
            if (r.Ok && r.Data.Length > 0) recorder.Add(file, file, file.TrimStart('/'), r.Data, 0, binary: false, r.Status, r.Reason);
            else recorder.Note(file, file, r.Ok ? SourceStatus.Absent : r.Status, r.Reason ?? "empty");
        }
        if (!host.Exists("/proc/stat"))
        {
            recorder.Note("disk, CPU and memory samples", "/proc/diskstats, /proc/stat", SourceStatus.Absent, "no /proc/stat");
            return;
        }
        var clock = Stopwatch.StartNew();
        var samples = new List<ProcSample> { ProcSample.Read(host, DateTime.UtcNow) };
        for (var i = 1; i <= seconds; i++)
        {
            var wait = TimeSpan.FromSeconds(i) - clock.Elapsed;
            if (wait > recorder.Budget.TimeLeft) break;
            if (wait > TimeSpan.Zero) await Task.Delay(wait).ConfigureAwait(false);
            samples.Add(ProcSample.Read(host, DateTime.UtcNow));
        }
        var cut = samples.Count - 1 < seconds;
        var status = cut ? SourceStatus.TimedOut : SourceStatus.Ok;
        var reason = cut ? $"time budget: {samples.Count - 1} of {seconds} intervals" : null;
        var arch = System.Runtime.InteropServices.RuntimeInformation.OSArchitecture switch
        {
            System.Runtime.InteropServices.Architecture.X64 => "x86_64",
            System.Runtime.InteropServices.Architecture.Arm64 => "aarch64",
            var a => a.ToString().ToLowerInvariant(),
        };
        var sysBlock = host.Exists("/sys/block");
        bool WholeDisk(string name) => sysBlock ? host.Exists($"/sys/block/{name}") : !char.IsAsciiDigit(name[^1]) || name.StartsWith("nvme", StringComparison.Ordinal) && !name.Contains('p', StringComparison.Ordinal);
        if (samples[0].Disks.Count > 0)
            recorder.AddText("disk samples", "/proc/diskstats, /proc/stat", "iostat-x-t.txt", IostatLayout.Render(samples, kernel, hostName, arch, WholeDisk), clock.ElapsedMilliseconds, status, reason);
        else
            recorder.Note("disk samples", "/proc/diskstats", SourceStatus.Absent, "no /proc/diskstats rows");
        recorder.AddText("cpu and memory samples", "/proc/stat, /proc/vmstat, /proc/meminfo", "vmstat-t.txt", VmstatLayout.Render(samples), clock.ElapsedMilliseconds, status, reason);
    }
}
