namespace Analyzer.Bundles;

/// <summary>
/// Turns a failure of the underlying data (a decoder that hits corruption, a stream that ends before the size the
/// archive declared) into a quiet end of content, and remembers why. Corruption often surfaces while a sink is
/// reading an entry; the sink must not see the exception, the reader reports it afterwards.
/// Does not own the inner stream.
/// </summary>
internal sealed class FaultTolerantStream(Stream inner, long? expectedLength = null) : ReadOnlyForwardStream
{
    public long BytesRead { get; private set; }

    /// <summary>Why the content stopped early, or null while it is intact.</summary>
    public string? Fault { get; private set; }

    public override int Read(Span<byte> buffer)
    {
        if (Fault is not null || buffer.IsEmpty)
        {
            return 0;
        }

        int read;
        try
        {
            read = inner.Read(buffer);
        }
        catch (Exception exception) when (StreamFaults.IsDataFault(exception))
        {
            Fault = exception.Message;
            return 0;
        }

        if (read == 0 && expectedLength is { } expected && BytesRead < expected)
        {
            Fault = $"data ends after {BytesRead} of {expected} declared bytes";
        }

        BytesRead += read;
        return read;
    }
}
