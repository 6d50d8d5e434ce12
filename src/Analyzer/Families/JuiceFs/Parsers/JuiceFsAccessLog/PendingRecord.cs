using System.Buffers;

namespace Analyzer.Families.JuiceFs.Parsers.JuiceFsAccessLog;

/// <summary>A record whose name held newlines, being joined line by line in a buffer of bounded size.</summary>
internal sealed class PendingRecord(int capacity)
{
    private char[] _buffer = [];
    private int _length;

    public bool Active { get; private set; }
    public long StartLine { get; private set; }
    public ReadOnlySpan<char> Text => _buffer.AsSpan(0, _length);

    public void Start(ReadOnlySpan<char> line, long number)
    {
        if (_buffer.Length == 0)
            _buffer = ArrayPool<char>.Shared.Rent(capacity);
        _length = 0;
        Active = true;
        StartLine = number;
        Copy(line);
    }

    /// <summary>Adds a continuation line after a newline; false when the record would outgrow the buffer.</summary>
    public bool Append(ReadOnlySpan<char> line)
    {
        if (_length + 1 + line.Length > capacity)
            return false;
        _buffer[_length++] = '\n';
        Copy(line);
        return true;
    }

    public void Clear()
    {
        Active = false;
        _length = 0;
    }

    private void Copy(ReadOnlySpan<char> line)
    {
        var n = Math.Min(line.Length, capacity - _length);
        line[..n].CopyTo(_buffer.AsSpan(_length));
        _length += n;
    }
}
