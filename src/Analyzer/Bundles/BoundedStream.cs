namespace Analyzer.Bundles;

/// <summary>
/// Exactly <c>length</c> bytes of a forward-only stream: the data of a tar entry read without System.Formats.Tar.
/// Ending early is an <see cref="EndOfStreamException"/> naming the shortfall. Does not own the inner stream.
/// </summary>
internal sealed class BoundedStream(Stream inner, long length) : ReadOnlyForwardStream
{
    private long consumed;

    public long Remaining => length - consumed;

    public override int Read(Span<byte> buffer)
    {
        if (buffer.IsEmpty || Remaining == 0)
        {
            return 0;
        }

        var read = inner.Read(buffer[..(int)Math.Min(buffer.Length, Remaining)]);
        if (read == 0)
        {
            throw new EndOfStreamException($"entry data ends after {consumed} of {length} declared bytes");
        }

        consumed += read;
        return read;
    }
}
