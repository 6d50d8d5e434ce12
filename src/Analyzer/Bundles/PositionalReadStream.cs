using Microsoft.Win32.SafeHandles;

namespace Analyzer.Bundles;

/// <summary>
/// The content of an open regular file, read by offset (<c>pread</c>) from its first byte, independently of any other
/// reader of the same handle. A second reader on another thread (an embedded-text scanner) so sees exactly the bytes
/// the first one reads, without a copy passing between the threads and without opening the path again (which could
/// meet another file by then). Does not own the handle.
/// </summary>
internal sealed class PositionalReadStream(SafeFileHandle handle) : ReadOnlyForwardStream
{
    private long _offset;

    /// <summary>Opens <paramref name="file"/>'s content again for another reader; null when it cannot be read by offset.</summary>
    public static Func<Stream>? OpenerFor(FileStream file)
    {
        if (!file.CanSeek)
            return null;
        var handle = file.SafeFileHandle;
        return () => new PositionalReadStream(handle);
    }

    public override int Read(Span<byte> buffer)
    {
        if (buffer.IsEmpty)
            return 0;
        var read = RandomAccess.Read(handle, buffer, _offset);
        _offset += read;
        return read;
    }
}
