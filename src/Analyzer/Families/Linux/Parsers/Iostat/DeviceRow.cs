namespace Analyzer.Families.Linux.Parsers.Iostat;

/// <summary>One device's values in one report; --pretty splits them over several sub-tables, merged here.</summary>
internal sealed class DeviceRow(string device, int line, string excerpt)
{
    public string Device { get; } = device;
    public int Line { get; } = line;
    public string Excerpt { get; set; } = excerpt;
    public double? ReadsPerSec { get; set; }
    public double? WritesPerSec { get; set; }
    public double? ReadKBps { get; set; }
    public double? WriteKBps { get; set; }
    public double? ReadAwait { get; set; }
    public double? WriteAwait { get; set; }
    public double? Queue { get; set; }
    public double? Util { get; set; }

    public void Set(IostatColumn column, double value)
    {
        switch (column)
        {
            case IostatColumn.ReadsPerSec: ReadsPerSec = value; break;
            case IostatColumn.WritesPerSec: WritesPerSec = value; break;
            case IostatColumn.ReadKBps: ReadKBps = value; break;
            case IostatColumn.WriteKBps: WriteKBps = value; break;
            case IostatColumn.ReadAwait: ReadAwait = value; break;
            case IostatColumn.WriteAwait: WriteAwait = value; break;
            // Layouts with one combined await (sysstat ≤ 9, -x -s) give it to both directions; r_await/w_await win.
            case IostatColumn.Await: ReadAwait ??= value; WriteAwait ??= value; break;
            case IostatColumn.Queue: Queue = value; break;
            case IostatColumn.Util: Util = value; break;
        }
    }
}
