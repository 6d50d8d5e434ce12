namespace Analyzer.Pipeline;

/// <summary>
/// Replays the head bytes already read for detection, then continues with the rest of a forward-only stream, so
/// a parser sees the entry from its first byte without the entry being read twice.
/// </summary>
internal sealed class PrefixedStream(ReadOnlyMemory<byte> head, Stream rest) : Stream
{
    private int _headPos;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_headPos < head.Length)
        {
            var n = Math.Min(buffer.Length, head.Length - _headPos);
            head.Span.Slice(_headPos, n).CopyTo(buffer);
            _headPos += n;
            return n;
        }
        return rest.Read(buffer);
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
