using System.Globalization;
using System.Text;

namespace Analyzer.Collection;

/// <summary>
/// Writes /proc/diskstats readings as sysstat 12's <c>iostat -x -t</c> prints them: the banner, then a report per
/// reading: the first since boot (counters over the uptime, as iostat's own first report), the rest over the
/// interval from the reading before. Devices are whole disks (partitions are left out, as iostat does without -p)
/// that did any I/O.
/// </summary>
public static class IostatLayout
{
    private const string Header =
        "Device            r/s     rkB/s   rrqm/s  %rrqm r_await rareq-sz     w/s     wkB/s   wrqm/s  %wrqm w_await wareq-sz     d/s     dkB/s   drqm/s  %drqm d_await dareq-sz     f/s f_await  aqu-sz  %util";

    public static string Render(IReadOnlyList<ProcSample> samples, string kernel, string host, string arch, Func<string, bool> isWholeDisk)
    {
        var b = new StringBuilder();
        var first = samples[0];
        b.Append(CultureInfo.InvariantCulture, $"Linux {kernel} ({host}) \t{first.Time:MM/dd/yy} \t_{arch}_\t({first.CpuCount} CPU)\n\n");
        for (var i = 0; i < samples.Count; i++)
        {
            var before = i == 0 ? null : samples[i - 1];
            var after = samples[i];
            var seconds = before is null ? Math.Max(after.Uptime, 1) : Math.Max((after.Time - before.Time).TotalSeconds, 0.001);
            var cpu = CpuShares.Between(before, after);
            b.Append(CultureInfo.InvariantCulture, $"{after.Time:MM/dd/yy HH:mm:ss}\n");
            b.Append("avg-cpu:  %user   %nice %system %iowait  %steal   %idle\n");
            b.Append(CultureInfo.InvariantCulture, $"        {cpu.User,8:0.00}{cpu.Nice,8:0.00}{cpu.System,8:0.00}{cpu.IoWait,8:0.00}{cpu.Steal,8:0.00}{cpu.Idle,8:0.00}\n\n");
            b.Append(Header).Append('\n');
            foreach (var (name, now) in after.Disks.OrderBy(d => d.Key, StringComparer.Ordinal))
            {
                if (!isWholeDisk(name) || Field(now, 0) + Field(now, 4) + Field(now, 11) + Field(now, 14) == 0) continue;
                long[] then = before is not null && before.Disks.TryGetValue(name, out var t) ? t : [];
                b.Append(Row(name, now, then, seconds)).Append('\n');
            }
            b.Append('\n');
        }
        return b.ToString();
    }

    // diskstats after the name: 0 reads 1 rmerged 2 rsectors 3 rms 4 writes 5 wmerged 6 wsectors 7 wms 8 inflight
    // 9 io_ms 10 weighted_ms 11 discards 12 dmerged 13 dsectors 14 dms 15 flushes 16 fms
    private static string Row(string name, long[] now, long[] then, double seconds)
    {
        double D(int i) => Math.Max(0, Field(now, i) - Field(then, i));
        var c = CultureInfo.InvariantCulture;
        var b = new StringBuilder();
        b.Append(name.PadRight(12));
        void Col(double v) => b.Append(' ').Append(v.ToString("0.00", c).PadLeft(8));
        foreach (var (ops, merged, sectors, ms) in new[] { (0, 1, 2, 3), (4, 5, 6, 7), (11, 12, 13, 14) })
        {
            var n = D(ops);
            Col(n / seconds);
            Col(D(sectors) / 2 / seconds);
            Col(D(merged) / seconds);
            Col(n + D(merged) > 0 ? D(merged) * 100 / (n + D(merged)) : 0);
            Col(n > 0 ? D(ms) / n : 0);
            Col(n > 0 ? D(sectors) / 2 / n : 0);
        }
        Col(D(15) / seconds);
        Col(D(15) > 0 ? D(16) / D(15) : 0);
        Col(D(10) / (seconds * 1000));
        Col(Math.Min(100, D(9) / (seconds * 1000) * 100));
        return b.ToString();
    }

    private static long Field(long[] fields, int i) => i < fields.Length ? fields[i] : 0;
}
