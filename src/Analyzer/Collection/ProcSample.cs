using System.Globalization;

namespace Analyzer.Collection;

/// <summary>
/// One reading of the kernel's cumulative counters: /proc/diskstats (per device), /proc/stat (CPU jiffies,
/// interrupts, context switches, running and blocked tasks), /proc/vmstat (paging, swapping) and /proc/meminfo.
/// Two readings give rates over the interval between them, as iostat and vmstat compute them.
/// </summary>
public sealed record ProcSample(
    DateTime Time, double Uptime, IReadOnlyDictionary<string, long[]> Disks, long[] Cpu, int CpuCount,
    long Interrupts, long ContextSwitches, long Running, long Blocked,
    IReadOnlyDictionary<string, long> Vm, IReadOnlyDictionary<string, long> Memory)
{
    public static ProcSample Read(HostFiles host, DateTime time)
    {
        var disks = new Dictionary<string, long[]>(StringComparer.Ordinal);
        foreach (var line in Lines(host.Text("/proc/diskstats")))
        {
            var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (f.Length < 14) continue;
            disks[f[2]] = f.Skip(3).Select(Long).ToArray();
        }
        long[] cpu = [];
        int cpus = 0;
        long intr = 0, ctxt = 0, running = 0, blocked = 0;
        foreach (var line in Lines(host.Text("/proc/stat")))
        {
            var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (f.Length < 2) continue;
            if (f[0] == "cpu") cpu = f.Skip(1).Select(Long).ToArray();
            else if (f[0].StartsWith("cpu", StringComparison.Ordinal)) cpus++;
            else if (f[0] == "intr") intr = Long(f[1]);
            else if (f[0] == "ctxt") ctxt = Long(f[1]);
            else if (f[0] == "procs_running") running = Long(f[1]);
            else if (f[0] == "procs_blocked") blocked = Long(f[1]);
        }
        var vm = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var line in Lines(host.Text("/proc/vmstat")))
        {
            var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (f.Length == 2) vm[f[0]] = Long(f[1]);
        }
        var mem = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var line in Lines(host.Text("/proc/meminfo")))
        {
            var colon = line.IndexOf(':');
            if (colon > 0) mem[line[..colon]] = Long(line[(colon + 1)..].Replace("kB", "", StringComparison.Ordinal).Trim());
        }
        var uptimeText = host.Text("/proc/uptime")?.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        var uptime = double.TryParse(uptimeText, NumberStyles.Float, CultureInfo.InvariantCulture, out var u) ? u : 0;
        return new ProcSample(time, uptime, disks, cpu, Math.Max(1, cpus), intr, ctxt, running, blocked, vm, mem);
    }

    public long CpuField(int i) => i < Cpu.Length ? Cpu[i] : 0;
    public long VmField(string name) => Vm.TryGetValue(name, out var v) ? v : 0;
    public long MemField(string name) => Memory.TryGetValue(name, out var v) ? v : 0;

    private static IEnumerable<string> Lines(string? text) => text?.Split('\n', StringSplitOptions.RemoveEmptyEntries) ?? [];

    private static long Long(string s) => long.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : 0;
}
