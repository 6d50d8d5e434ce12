using System.Buffers;
using System.Text;
using Analyzer.Bundles;
using Analyzer.Text;

namespace Analyzer.Transport;

/// <summary>
/// An entry with its wrappers removed, as the forward-only UTF-8 stream a parser reads: exactly one output line per
/// input line, so line N of what the parser sees is line N of the file. With a <see cref="ChannelFilter"/>, lines of
/// other channels come out empty (still one per line). Lines are read and re-encoded through pooled buffers.
/// </summary>
internal sealed class CleanedStream : ReadOnlyForwardStream
{
    private readonly LineReader _reader;
    private readonly LineCleaner _cleaner;
    private readonly ChannelFilter? _filter;
    private byte[] _out;
    private int _outStart;
    private int _outEnd;
    private bool _done;

    public CleanedStream(Stream source, WrapperStack stack, ChannelFilter? filter = null)
    {
        _reader = new LineReader(source);
        _cleaner = new LineCleaner(stack, _reader.MaxLineBytes);
        _filter = filter;
        _out = ArrayPool<byte>.Shared.Rent(4 * _reader.MaxLineBytes + 2);
    }

    /// <summary>The wrapping regimes met so far (more than one when the wrapping changed mid-file).</summary>
    public IReadOnlyList<(int Line, WrapperStack Stack)> Regimes => _cleaner.Regimes;

    public override int Read(Span<byte> buffer)
    {
        if (buffer.IsEmpty) return 0;
        while (_outStart == _outEnd)
        {
            if (_done || !NextLine())
            {
                _done = true;
                return 0;
            }
        }
        var n = Math.Min(buffer.Length, _outEnd - _outStart);
        _out.AsSpan(_outStart, n).CopyTo(buffer);
        _outStart += n;
        return n;
    }

    private bool NextLine()
    {
        if (!_reader.TryReadLine(out var line))
            return false;
        _cleaner.Clean(line, _reader.LineNumber, out var parts);
        var keep = _filter is null || _filter.Keeps(parts.Program);
        var text = keep ? (_filter?.Raw == true ? line : parts.Payload) : default;
        var n = Encoding.UTF8.GetBytes(text, _out);
        if (!_reader.LineUnterminated)
            _out[n++] = (byte)'\n'; // a last line cut without its newline stays cut: parsers read that as a sign of a cut paste
        _outStart = 0;
        _outEnd = n;
        return true;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && _out.Length > 0)
        {
            _reader.Dispose();
            _cleaner.Dispose();
            ArrayPool<byte>.Shared.Return(_out);
            _out = [];
        }
        base.Dispose(disposing);
    }
}
