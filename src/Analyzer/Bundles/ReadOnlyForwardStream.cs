namespace Analyzer.Bundles;

/// <summary>
/// Base for the reader's stream wrappers: they only ever move forward, so every seeking or writing member refuses
/// and subclasses implement a single span-based Read.
/// </summary>
internal abstract class ReadOnlyForwardStream : Stream
{
    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException("bundle content streams are forward-only");

    public override long Position
    {
        get => throw new NotSupportedException("bundle content streams are forward-only");
        set => throw new NotSupportedException("bundle content streams are forward-only");
    }

    public abstract override int Read(Span<byte> buffer);

    public override int Read(byte[] buffer, int offset, int count)
    {
        ValidateBufferArguments(buffer, offset, count);
        return Read(buffer.AsSpan(offset, count));
    }

    public override int ReadByte()
    {
        Span<byte> one = stackalloc byte[1];
        return Read(one) == 1 ? one[0] : -1;
    }

    // The sources are synchronous (files, in-memory decoders); running async reads inline keeps ordering simple.
    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Read(buffer.Span));
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) =>
        throw new NotSupportedException("bundle content streams are forward-only");

    public override void SetLength(long value) => throw new NotSupportedException("bundle content streams are read-only");

    public override void Write(byte[] buffer, int offset, int count) =>
        throw new NotSupportedException("bundle content streams are read-only");
}
