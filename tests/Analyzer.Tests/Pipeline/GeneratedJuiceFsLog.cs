using System.Text;

namespace Analyzer.Tests.Pipeline;

/// <summary>
/// A JuiceFS client log of any size made while it is read (nothing on disk, nothing held): warning lines up to the
/// size, then a Go panic, then one more client line.
/// </summary>
internal sealed class GeneratedJuiceFsLog(long size) : Stream
{
    private static readonly byte[] Line = Encoding.ASCII.GetBytes(
        "2025/06/11 14:19:41.203364 juicefs[3817] <WARNING>: Upload chunks/2F/2F41/3163941_3_4194304: RequestTimeout: timed out (try 1) [cached_store.go:572]\n");

    private static readonly byte[] Tail = Encoding.ASCII.GetBytes(
        "panic: runtime error: index out of range [5] with length 5\n\ngoroutine 48213 [running]:\n" +
        "github.com/juicedata/juicefs/pkg/chunk.(*wSlice).upload.func1()\n\t/go/src/github.com/juicedata/juicefs/pkg/chunk/cached_store.go:418 +0x7f4\n" +
        "2025/06/11 14:20:04.015862 juicefs[4102] <INFO>: Meta address: redis://10.0.4.12:6379/1 [interface.go:504]\n");

    private readonly long _lines = (size + Line.Length - 1) / Line.Length;
    private long _pos;

    public long Served => _pos;
    public int PanicLine => checked((int)_lines + 1);

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var body = _lines * Line.Length;
        var written = 0;
        while (written < buffer.Length && _pos < body + Tail.Length)
        {
            ReadOnlySpan<byte> source = _pos < body ? Line.AsSpan((int)(_pos % Line.Length)) : Tail.AsSpan((int)(_pos - body));
            var n = Math.Min(source.Length, buffer.Length - written);
            source[..n].CopyTo(buffer[written..]);
            written += n;
            _pos += n;
        }
        return written;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
