namespace Analyzer.Collection;

/// <summary>
/// CPU time shares between two /proc/stat readings (or since boot, from zero), as sysstat computes them: guest time
/// is already inside user and nice, so it is taken out; system includes irq and softirq.
/// </summary>
public readonly record struct CpuShares(double User, double Nice, double System, double IoWait, double Steal, double Idle)
{
    // /proc/stat cpu fields: user nice system idle iowait irq softirq steal guest guest_nice
    public static CpuShares Between(ProcSample? before, ProcSample after)
    {
        double D(int i) => Math.Max(0, after.CpuField(i) - (before?.CpuField(i) ?? 0));
        var user = Math.Max(0, D(0) - D(8));
        var nice = Math.Max(0, D(1) - D(9));
        var system = D(2) + D(5) + D(6);
        var total = user + nice + system + D(3) + D(4) + D(7) + D(8) + D(9);
        if (total <= 0) return new CpuShares(0, 0, 0, 0, 0, 100);
        return new CpuShares(user * 100 / total, nice * 100 / total, system * 100 / total, D(4) * 100 / total, D(7) * 100 / total, D(3) * 100 / total);
    }
}
