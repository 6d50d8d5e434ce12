using System.Text;
using Analyzer.Bundles;
using Analyzer.Text;

namespace Analyzer.Transport;

/// <summary>One section of a <see cref="SectionSource"/> as a UTF-8 stream of its lines (markers excluded).</summary>
internal sealed class SectionStream : ReadOnlyForwardStream
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
}
