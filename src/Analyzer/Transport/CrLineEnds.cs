namespace Analyzer.Transport;

/// <summary>
/// Reads a text whose lines end in a lone CR (classic Mac OS, some serial-console captures) with LF line ends, byte for
/// byte, so every line reader downstream sees the lines an editor shows. Chosen only when the head has CRs and no LF:
/// a CRLF file is already handled by the line reader.
/// </summary>
internal sealed class CrLineEnds(Stream source) : Stream
{
    public static bool Only(ReadOnlySpan<byte> head) => head.IndexOf((byte)'\n') < 0 && head.Count((byte)'\r') >= 2;

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = source.Read(buffer);
        buffer[..n].Replace((byte)'\r', (byte)'\n');
        return n;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
