namespace Analyzer.Bundles;

/// <summary>
/// A zip entry's data checked at its end against the central directory: the byte count against the declared size
/// and the CRC-32 against the declared one. The zip reader stops at the declared size without a word and accepts any
/// CRC, so an entry whose data runs past its declared size was quietly cut and damaged data passed as whole. A
/// mismatch ends the read as a fault, which marks the entry partial with this reason.
/// </summary>
internal sealed class ZipCheckedStream(Stream inner, long declaredLength, uint declaredCrc) : ReadOnlyForwardStream
{
    private Crc32 _crc = new();
    private long _length;
    private bool _checked;

    public override int Read(Span<byte> buffer)
    {
        var n = inner.Read(buffer);
        if (n > 0)
        {
            _crc.Append(buffer[..n]);
            _length += n;
            return n;
        }
        if (!_checked && buffer.Length > 0)
        {
            _checked = true;
            if (_length != declaredLength)
                throw new InvalidDataException($"zip entry holds {_length} bytes, its header declares {declaredLength}");
            if (_crc.Value != declaredCrc)
                throw new InvalidDataException(
                    $"zip entry fails its CRC-32 check (declared {declaredCrc:x8}, data {_crc.Value:x8}): its data is damaged or cut short by its declared size");
        }
        return 0;
    }
}
