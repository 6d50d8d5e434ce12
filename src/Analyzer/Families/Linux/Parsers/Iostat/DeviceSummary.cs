using Analyzer.Families.Linux.Facts;
using Analyzer.Rules.Facts;

namespace Analyzer.Families.Linux.Parsers.Iostat;

/// <summary>Running totals of one device over the interval reports of a capture: constant memory per device.</summary>
internal sealed class DeviceSummary(string device, string layout)
{
    private readonly Stat _util = new(), _readAwait = new(), _writeAwait = new(), _queue = new();
    private readonly Stat _reads = new(), _writes = new(), _readKb = new(), _writeKb = new();
    private DeviceRow? _peak;
    private DeviceRow? _boot;

    public string Device { get; } = device;
    public string Layout { get; set; } = layout;
    public long Samples { get; private set; }
    public long UtilAbove90 { get; private set; }

    public void AddBoot(DeviceRow row) => _boot = row;

    public void Add(DeviceRow row)
    {
        Samples++;
        _util.Add(row.Util);
        _readAwait.Add(row.ReadAwait);
        _writeAwait.Add(row.WriteAwait);
        _queue.Add(row.Queue);
        _reads.Add(row.ReadsPerSec);
        _writes.Add(row.WritesPerSec);
        _readKb.Add(row.ReadKBps);
        _writeKb.Add(row.WriteKBps);
        if (row.Util >= 90) UtilAbove90++;
        if (_peak is null || (row.Util ?? 0) > (_peak.Util ?? 0) || ((row.Util ?? 0) == (_peak.Util ?? 0) && (row.Queue ?? 0) > (_peak.Queue ?? 0)))
            _peak = row;
    }

    public DiskStats ToFact(string path)
    {
        var at = _peak ?? _boot;
        return new DiskStats
        {
            Provenance = new Provenance(path, at?.Line, at?.Line, at?.Excerpt),
            Key = $"{path}#{Device}",
            Path = path,
            Device = Device,
            Kind = DeviceKind.Of(Device),
            Layout = Layout,
            Samples = Samples,
            HadBootReport = _boot is not null,
            BootUtil = _boot?.Util,
            UtilMax = _util.Max,
            UtilAvg = _util.Avg,
            UtilAbove90 = UtilAbove90,
            ReadAwaitMax = _readAwait.Max,
            ReadAwaitAvg = _readAwait.Avg,
            WriteAwaitMax = _writeAwait.Max,
            WriteAwaitAvg = _writeAwait.Avg,
            QueueMax = _queue.Max,
            QueueAvg = _queue.Avg,
            ReadsPerSec = _reads.Avg,
            WritesPerSec = _writes.Avg,
            ReadKBps = _readKb.Avg,
            WriteKBps = _writeKb.Avg,
        };
    }

    private sealed class Stat
    {
        private double _sum;
        private long _n;

        public double? Max { get; private set; }
        public double? Avg => _n == 0 ? null : Math.Round(_sum / _n, 2);

        public void Add(double? value)
        {
            if (value is not { } v) return;
            _sum += v;
            _n++;
            if (Max is null || v > Max) Max = v;
        }
    }
}
