namespace Analyzer.Pipeline.Embedded;

/// <summary>The reading end of a <see cref="ChunkPipe"/> as the forward-only stream a parser expects.</summary>
internal sealed class PipeReaderStream(ChunkPipe pipe) : Stream
{
    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => pipe.Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer) => pipe.Read(buffer);

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
