namespace Analyzer.Bundles;

/// <summary>Passes a stream through and keeps its last 8 bytes: where a gzip file's CRC-32 and size trailer sits.</summary>
internal sealed class TailKeepingStream(Stream inner) : ReadOnlyForwardStream
{
    private readonly byte[] _tail = new byte[8];
    private long _read;

    /// <summary>The last bytes read (up to 8), oldest first.</summary>
    public ReadOnlySpan<byte> Tail => _read >= 8 ? _tail : _tail.AsSpan(8 - (int)_read);

    public override int Read(Span<byte> buffer)
    {
        var n = inner.Read(buffer);
        if (n >= 8)
            buffer[(n - 8)..n].CopyTo(_tail);
        else if (n > 0)
        {
            _tail.AsSpan(n).CopyTo(_tail);
            buffer[..n].CopyTo(_tail.AsSpan(8 - n));
        }
        _read += n;
        return n;
    }

    /// <summary>Reads to the end (what the decompressor left unread) so <see cref="Tail"/> is the file's end.</summary>
    public void Drain()
    {
        Span<byte> chunk = stackalloc byte[4096];
        while (Read(chunk) > 0)
        {
        }
    }
}
