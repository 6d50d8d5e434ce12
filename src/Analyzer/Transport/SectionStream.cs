using System.Text;
using Analyzer.Text;

namespace Analyzer.Transport;

/// <summary>One section of a <see cref="SectionSource"/> as a UTF-8 stream of its lines (markers excluded).</summary>
internal sealed class SectionStream : Stream
{
    private readonly SectionSource _source;
    private byte[] _out = new byte[4 * LineReader.DefaultMaxLineBytes + 2];
    private int _start;
    private int _end;

    public SectionStream(SectionSource source, string name, string? command, int firstLine)
    {
        _source = source;
        Name = name;
        Command = command;
        FirstLine = firstLine;
    }

    public string Name { get; }
    public string? Command { get; }

    /// <summary>The line of the entry the section's first line is on (the line after its marker).</summary>
    public int FirstLine { get; }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (buffer.IsEmpty) return 0;
        if (_start == _end)
        {
            if (!_source.ReadLine(out var line))
                return 0;
            _end = Encoding.UTF8.GetBytes(line, _out);
            if (!_source.LineUnterminated)
                _out[_end++] = (byte)'\n'; // keep a cut last line cut (parsers read it as a cut paste)
            _start = 0;
        }
        var n = Math.Min(buffer.Length, _end - _start);
        _out.AsSpan(_start, n).CopyTo(buffer);
        _start += n;
        return n;
    }

    /// <summary>Reads the rest of the section so the source stands on the next marker.</summary>
    public void Drain()
    {
        _start = _end = 0;
        while (_source.ReadLine(out _)) { }
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
