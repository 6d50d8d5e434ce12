using System.Globalization;
using System.Text;

namespace Analyzer.Collection;

/// <summary>
/// Writes /proc/stat, /proc/vmstat and /proc/meminfo readings as procps's <c>vmstat -t</c>: the first line since boot
/// (as vmstat's own), then one line per interval. Memory columns are KiB; bi/bo are KiB/s, si/so KiB/s.
/// </summary>
public static class VmstatLayout
{
    public static string Render(IReadOnlyList<ProcSample> samples)
    {
        var b = new StringBuilder();
        b.Append("procs -----------memory---------- ---swap-- -----io---- -system-- ------cpu----- -----timestamp-----\n");
        b.Append(" r  b   swpd   free   buff  cache   si   so    bi    bo   in   cs us sy id wa st                 UTC\n");
        var page = 4L; // KiB per page: the pswpin/pswpout unit on every architecture that runs this
        for (var i = 0; i < samples.Count; i++)
        {
            var before = i == 0 ? null : samples[i - 1];
            var s = samples[i];
            var seconds = before is null ? Math.Max(s.Uptime, 1) : Math.Max((s.Time - before.Time).TotalSeconds, 0.001);
            long Rate(long now, long then) => (long)Math.Round(Math.Max(0, now - then) / seconds);
            var cpu = CpuShares.Between(before, s);
            var swpd = s.MemField("SwapTotal") - s.MemField("SwapFree");
            var cache = s.MemField("Cached") + s.MemField("SReclaimable");
            var c = CultureInfo.InvariantCulture;
            b.Append(string.Create(c,
                $"{s.Running,2} {s.Blocked,2} {swpd,6} {s.MemField("MemFree"),6} {s.MemField("Buffers"),6} {cache,6} " +
                $"{Rate(s.VmField("pswpin") * page, (before?.VmField("pswpin") ?? 0) * page),4} {Rate(s.VmField("pswpout") * page, (before?.VmField("pswpout") ?? 0) * page),4} " +
                $"{Rate(s.VmField("pgpgin"), before?.VmField("pgpgin") ?? 0),5} {Rate(s.VmField("pgpgout"), before?.VmField("pgpgout") ?? 0),5} " +
                $"{Rate(s.Interrupts, before?.Interrupts ?? 0),4} {Rate(s.ContextSwitches, before?.ContextSwitches ?? 0),4} " +
                $"{Math.Round(cpu.User + cpu.Nice),2:0} {Math.Round(cpu.System),2:0} {Math.Round(cpu.Idle),2:0} {Math.Round(cpu.IoWait),2:0} {Math.Round(cpu.Steal),2:0} " +
                $"{s.Time:yyyy-MM-dd HH:mm:ss}\n"));
        }
        return b.ToString();
    }
}
