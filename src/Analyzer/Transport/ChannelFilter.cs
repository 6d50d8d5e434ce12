namespace Analyzer.Transport;

/// <summary>
/// One channel's view of a multi-program log: the lines whose program is in <see cref="Programs"/> (or, for the
/// rest view, whose program is in none of the claimed channels); <see cref="Raw"/> keeps those lines as written, for
/// a parser that reads the wrapper itself (the kernel-log parser takes its timestamps from the syslog stamp).
/// </summary>
internal sealed class ChannelFilter(IReadOnlySet<string> programs, bool rest, bool raw)
{
    public IReadOnlySet<string> Programs { get; } = programs;
    public bool Rest { get; } = rest;
    public bool Raw { get; } = raw;

    public bool Keeps(ReadOnlySpan<char> program)
    {
        var known = false;
        foreach (var p in Programs)
            if (program.SequenceEqual(p))
            {
                known = true;
                break;
            }
        return Rest ? !known : known;
    }
}
