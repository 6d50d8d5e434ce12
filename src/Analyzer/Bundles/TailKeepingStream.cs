namespace Analyzer.Bundles;

/// <summary>
/// Passes a stream through and keeps its last bytes: 8 for a gzip file's CRC-32 and size trailer, 512 for the tar
/// header block System.Formats.Tar read before it refused a GNU sparse entry.
/// </summary>
internal sealed class TailKeepingStream(Stream inner, int length = 8) : ReadOnlyForwardStream
{
    private readonly byte[] _tail = new byte[length];
    private long _read;

    /// <summary>The last bytes read (up to the kept length), oldest first.</summary>
    public ReadOnlySpan<byte> Tail => _read >= length ? _tail : _tail.AsSpan(length - (int)_read);

    public override int Read(Span<byte> buffer)
    {
        var n = inner.Read(buffer);
        if (n >= length)
            buffer[(n - length)..n].CopyTo(_tail);
        else if (n > 0)
        {
            _tail.AsSpan(n).CopyTo(_tail);
            buffer[..n].CopyTo(_tail.AsSpan(length - n));
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
