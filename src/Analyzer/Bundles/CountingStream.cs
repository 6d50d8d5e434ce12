namespace Analyzer.Bundles;

/// <summary>
/// Counts the bytes pulled from an archive's raw input so a corruption report can say roughly where the archive broke.
/// Does not own the inner stream.
/// </summary>
internal sealed class CountingStream(Stream inner) : ReadOnlyForwardStream
{
    public long BytesRead { get; private set; }

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        BytesRead += read;
        return read;
    }
}
