using Analyzer.Bundles;

namespace Analyzer.Pipeline;

/// <summary>
/// Replays the head bytes already read for detection, then continues with the rest of a forward-only stream, so
/// a parser sees the entry from its first byte without the entry being read twice.
/// </summary>
internal sealed class PrefixedStream(ReadOnlyMemory<byte> head, Stream rest) : ReadOnlyForwardStream
{
    private int _headPos;

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
}
