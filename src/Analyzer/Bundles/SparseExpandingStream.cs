namespace Analyzer.Bundles;

/// <summary>
/// The file a sparse tar entry stands for: its stored bytes placed at their segments' offsets, zeros between them,
/// up to the real size. Does not own the stored-data stream.
/// </summary>
internal sealed class SparseExpandingStream(Stream stored, SparseMap map) : ReadOnlyForwardStream
{
    private long position;
    private long storedRead;
    private int segment;

    public override int Read(Span<byte> buffer)
    {
        var segments = map.Segments;
        while (segment < segments.Count && position >= segments[segment].Offset + segments[segment].Length)
        {
            segment++;
        }

        if (buffer.IsEmpty || position >= map.RealSize)
        {
            return 0;
        }

        if (segment < segments.Count && position >= segments[segment].Offset)
        {
            var end = segments[segment].Offset + segments[segment].Length;
            var read = stored.Read(buffer[..(int)Math.Min(buffer.Length, end - position)]);
            if (read == 0)
            {
                throw new EndOfStreamException(
                    $"sparse entry's stored data ends after {storedRead} bytes (at byte {position} of the expanded file)");
            }

            storedRead += read;
            position += read;
            return read;
        }

        var holeEnd = segment < segments.Count ? segments[segment].Offset : map.RealSize;
        var zeros = (int)Math.Min(buffer.Length, holeEnd - position);
        buffer[..zeros].Clear();
        position += zeros;
        return zeros;
    }
}
