using Analyzer.Families.Linux.Facts;
using Analyzer.Rules.Facts;

namespace Analyzer.Families.Linux.Parsers.KernelLog;

/// <summary>
/// Counts block error lines per device, so memory follows the number of devices, not of lines. At most
/// <see cref="MaxDevices"/> devices are tracked; lines of further devices are counted in <see cref="Overflow"/>.
/// </summary>
internal sealed class BlockErrorAggregator
{
    public const int MaxDevices = 256;

    private sealed class Entry
    {
        public required string Device;
        public int FirstLine;
        public required string FirstExcerpt;
        public int LastLine;
        public readonly char[] LastExcerpt = new char[300]; // copied, not allocated, on every line of a flood
        public int LastExcerptLength;
        public long FirstSector = -1;
        public readonly long[] Counts = new long[Enum.GetValues<BlockErrorKind>().Length];
    }

    private readonly Dictionary<string, Entry> _byDevice = new(StringComparer.Ordinal);
    private Entry? _last;

    public long Overflow { get; private set; }

    public void Add(ReadOnlySpan<char> device, BlockErrorKind kind, long sector, int line, ReadOnlySpan<char> payload)
    {
        var entry = _last is not null && device.SequenceEqual(_last.Device) ? _last : Find(device);
        if (entry is null)
        {
            if (_byDevice.Count >= MaxDevices)
            {
                Overflow++;
                return;
            }
            entry = new Entry { Device = device.ToString(), FirstLine = line, FirstExcerpt = OpenReport.Cut(payload) };
            _byDevice.Add(entry.Device, entry);
        }
        _last = entry;
        entry.Counts[(int)kind]++;
        entry.LastLine = line;
        if (entry.FirstSector < 0 && sector >= 0)
            entry.FirstSector = sector;
        var cut = payload[..Math.Min(payload.Length, entry.LastExcerpt.Length)];
        cut.CopyTo(entry.LastExcerpt);
        entry.LastExcerptLength = cut.Length;
    }

    private Entry? Find(ReadOnlySpan<char> device) =>
        _byDevice.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(device, out var e) ? e : null;

    public IEnumerable<IFact> ToFacts(string path)
    {
        foreach (var e in _byDevice.Values.OrderBy(e => e.FirstLine))
        {
            var c = e.Counts;
            var io = c[(int)BlockErrorKind.IoError] + c[(int)BlockErrorKind.MediumError] + c[(int)BlockErrorKind.TargetError]
                + c[(int)BlockErrorKind.SpaceError] + c[(int)BlockErrorKind.TransportError] + c[(int)BlockErrorKind.OtherRequestError];
            yield return new BlockDeviceErrors
            {
                Provenance = new Provenance(path, e.FirstLine, e.LastLine, e.FirstExcerpt),
                Device = e.Device,
                Disk = WholeDisk.Of(e.Device),
                Count = c.Sum(),
                IoErrors = io,
                Kinds = BlockErrorKinds.Describe(io, c),
                MediumErrors = c[(int)BlockErrorKind.MediumError],
                TargetErrors = c[(int)BlockErrorKind.TargetError],
                SpaceErrors = c[(int)BlockErrorKind.SpaceError],
                TransportErrors = c[(int)BlockErrorKind.TransportError],
                BufferErrors = c[(int)BlockErrorKind.BufferError],
                AtaExceptions = c[(int)BlockErrorKind.AtaException],
                LinkResets = c[(int)BlockErrorKind.LinkReset],
                ScsiFailures = c[(int)BlockErrorKind.ScsiFailure],
                Timeouts = c[(int)BlockErrorKind.Timeout],
                FirstSector = e.FirstSector,
                LastLine = e.LastLine,
                LastExcerpt = new string(e.LastExcerpt, 0, e.LastExcerptLength),
            };
        }
    }
}
