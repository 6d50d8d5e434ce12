namespace Analyzer.Bundles;

/// <summary>
/// The view a sink gets of one entry: ends at the cap as if the file ended there. Whether the file really went on
/// is learnt by probing one byte past the cap, so an entry of exactly the cap's size is not called partial.
/// Does not own the inner stream, so a sink that disposes it does no harm.
/// </summary>
internal sealed class CappedStream(Stream inner, long cap) : ReadOnlyForwardStream
{
    private bool probed;
    private bool exceeded;

    public long Cap => cap;

    public long BytesRead { get; private set; }

    public override int Read(Span<byte> buffer)
    {
        if (buffer.IsEmpty)
        {
            return 0;
        }

        var remaining = cap - BytesRead;
        if (remaining <= 0)
        {
            Probe();
            return 0;
        }

        var read = inner.Read(buffer[..(int)Math.Min(buffer.Length, remaining)]);
        BytesRead += read;
        return read;
    }

    /// <summary>True when the sink read up to the cap and the content continued beyond it.</summary>
    public bool WasCutAtCap()
    {
        if (BytesRead >= cap)
        {
            Probe();
        }

        return exceeded;
    }

    private void Probe()
    {
        if (!probed)
        {
            probed = true;
            exceeded = inner.ReadByte() >= 0;
        }
    }
}
