namespace Analyzer.Bundles;

/// <summary>
/// Reads the first bytes of a forward-only stream up front so the container can be sniffed, then replays them
/// before continuing with the rest: nothing is lost and nothing needs to seek. Does not own the inner stream.
/// </summary>
internal sealed class HeadPeekStream : ReadOnlyForwardStream
{
    private readonly Stream inner;
    private readonly byte[] head;
    private readonly int headLength;
    private int replayed;

    public HeadPeekStream(Stream inner, int maxHeadLength)
    {
        this.inner = inner;
        head = new byte[maxHeadLength];
        headLength = inner.ReadAtLeast(head, maxHeadLength, throwOnEndOfStream: false);
    }

    public ReadOnlySpan<byte> Head => head.AsSpan(0, headLength);

    public override int Read(Span<byte> buffer)
    {
        if (buffer.IsEmpty)
        {
            return 0;
        }

        if (replayed < headLength)
        {
            var count = Math.Min(buffer.Length, headLength - replayed);
            head.AsSpan(replayed, count).CopyTo(buffer);
            replayed += count;
            return count;
        }

        return inner.Read(buffer);
    }
}
