using System.Buffers.Binary;

namespace Analyzer.Bundles;

/// <summary>
/// The decompressed side of a gzip file, checked against the file's trailer at the end. GZipStream ends quietly when
/// its input is cut off (a truncated .gz was read as complete and the verdict could turn `healthy`), and reports a
/// bad CRC as "unsupported compression method". Here a cut is an IOException naming what was decoded, and a damaged
/// stream an InvalidDataException that says what is wrong; both end the read as a fault of this member.
/// A file of several concatenated gzip members carries only the last member's trailer: it is reported as not
/// matching, with that possibility named, rather than passed unchecked.
/// </summary>
internal sealed class GzipCheckedStream(Stream gzip, TailKeepingStream raw, CountingStream counted) : ReadOnlyForwardStream
{
    private Crc32 _crc = new();
    private long _length;
    private bool _checked;

    public override int Read(Span<byte> buffer)
    {
        int n;
        try
        {
            n = gzip.Read(buffer);
        }
        catch (InvalidDataException)
        {
            throw new InvalidDataException(
                $"gzip data is corrupt at about byte {counted.BytesRead} of the compressed input (bad deflate data or a CRC mismatch); {_length} bytes were decoded before it");
        }
        if (n > 0)
        {
            _crc.Append(buffer[..n]);
            _length += n;
            return 0 + n;
        }
        if (!_checked && buffer.Length > 0)
        {
            _checked = true;
            Check();
        }
        return 0;
    }

    private void Check()
    {
        raw.Drain();
        var tail = raw.Tail;
        if (tail.Length < 8)
            throw new EndOfStreamException($"gzip data cut off at byte {counted.BytesRead}: no trailer; {_length} bytes were decoded");
        var crc = BinaryPrimitives.ReadUInt32LittleEndian(tail);
        var size = BinaryPrimitives.ReadUInt32LittleEndian(tail[4..]);
        if (crc != _crc.Value || size != unchecked((uint)_length))
            throw new EndOfStreamException(
                $"gzip data cut off or damaged: the trailer at byte {counted.BytesRead} does not match the {_length} bytes decoded " +
                "(a truncated file, or several gzip files concatenated)");
    }
}
