using Analyzer.Text;

namespace Analyzer.Families.Linux.Parsers.Ps;

/// <summary>
/// Numbers the listings of one ps file as samples. A loop (`while sleep 5; do date; ps ...; done`) repeats one
/// command, so a listing with the header of the one before is the next sample, and so is one whose date line gives
/// another time. A different listing with no other time (`ps aux; ps -elf` appended by a collector) is the same
/// moment seen another way: the same iteration, so a task listed by both is not "seen again later".
/// </summary>
internal sealed class ListingSamples
{
    private string? _layout;
    private CaptureStamp? _stamp;
    private DateTime? _first;
    private long _iteration;

    public long Count => _iteration;

    public ListingSample Next(ProcessTableHeader header, CaptureStamp? stamp)
    {
        var again = _iteration == 0 || header.Layout == _layout || (stamp is { } s && _stamp is { } p && s.Wall != p.Wall);
        if (again) _iteration++;
        _layout = header.Layout;
        if (stamp is { } now)
        {
            _stamp = now;
            _first ??= now.Wall;
        }
        else if (again) _stamp = null; // an untimed sample: the time before is not its own
        var current = _stamp;
        return new ListingSample(_iteration, current?.Text, current is { } c ? c.Wall - _first : null, !again);
    }
}
