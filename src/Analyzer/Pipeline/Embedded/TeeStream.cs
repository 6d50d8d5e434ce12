using Analyzer.Bundles;

namespace Analyzer.Pipeline.Embedded;

/// <summary>
/// What the primary parser reads: the entry, with every chunk it reads also written to the scanners' pipes. The
/// entry is a forward-only stream read once; <see cref="DrainToEnd"/> passes on whatever the primary left unread.
/// </summary>
internal sealed class TeeStream(Stream source, IReadOnlyList<ChunkPipe> pipes) : ReadOnlyForwardStream
{
    /// <summary>True when no scanner reads any more, so the rest of the entry need not be read for them.</summary>
    public bool NobodyListens => pipes.All(p => p.ReaderGone);

    public override int Read(Span<byte> buffer)
    {
        var n = source.Read(buffer);
        if (n > 0)
        {
            foreach (var pipe in pipes)
                pipe.Write(buffer[..n]);
        }
        return n;
    }

    /// <summary>Reads the entry to its end for the scanners after the primary stopped early.</summary>
    public void DrainToEnd()
    {
        var buffer = new byte[ChunkPipe.ChunkSize];
        while (!NobodyListens && Read(buffer) > 0)
        {
        }
    }
}
