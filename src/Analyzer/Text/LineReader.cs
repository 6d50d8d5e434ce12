using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Analyzer.Text;

/// <summary>
/// Streams a UTF-8 text entry line by line without allocating per line: bytes are read into a pooled buffer, each
/// line is decoded into a pooled char buffer and handed out as a span that stays valid until the next call.
/// Lines longer than <see cref="MaxLineBytes"/> are cut (the rest is skipped, never buffered) so a hostile 64 MB line
/// costs the same as a normal one; invalid UTF-8 is replaced with U+FFFD and flagged so the caller can report it.
/// </summary>
internal sealed class LineReader : IDisposable
{
    public const int DefaultMaxLineBytes = 64 * 1024;

    private readonly Stream _stream;
    private byte[] _bytes;
    private char[] _chars;
    private int _start;
    private int _end;
    private bool _eof;
    private bool _skipping; // inside the unread tail of an over-long line

    public LineReader(Stream stream, int maxLineBytes = DefaultMaxLineBytes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLineBytes, 16);
        _stream = stream;
        MaxLineBytes = maxLineBytes;
        // Twice the cap so a full line plus the start of the next always fits after compaction.
        _bytes = ArrayPool<byte>.Shared.Rent(Math.Max(2 * maxLineBytes, 128 * 1024));
        _chars = ArrayPool<char>.Shared.Rent(maxLineBytes); // UTF-16 never needs more units than UTF-8 bytes
    }

    public int MaxLineBytes { get; }

    /// <summary>1-based number of the line last returned.</summary>
    public int LineNumber { get; private set; }

    /// <summary>Bytes consumed from the stream so far.</summary>
    public long BytesRead { get; private set; }

    /// <summary>The line last returned was longer than <see cref="MaxLineBytes"/> and was cut.</summary>
    public bool LineTruncated { get; private set; }

    /// <summary>The line last returned held invalid UTF-8 (replaced by U+FFFD).</summary>
    public bool LineHadInvalidUtf8 { get; private set; }

    /// <summary>The line last returned was the last one and had no terminating newline.</summary>
    public bool LineUnterminated { get; private set; }

    public bool TryReadLine(out ReadOnlySpan<char> line)
    {
        while (true)
        {
            var pending = _bytes.AsSpan(_start, _end - _start);
            var nl = pending.IndexOf((byte)'\n');
            if (nl >= 0)
            {
                _start += nl + 1;
                if (_skipping)
                {
                    _skipping = false; // the over-long line was already returned; this newline ends it
                    continue;
                }
                line = Decode(pending[..nl], truncated: nl > MaxLineBytes, unterminated: false);
                return true;
            }
            if (_skipping)
            {
                _start = _end = 0; // discard: still inside the over-long line
            }
            else if (pending.Length >= MaxLineBytes)
            {
                // No newline within the cap: hand out the head now and drop the rest of the line unread.
                line = Decode(pending, truncated: true, unterminated: false);
                _start = _end = 0;
                _skipping = true;
                return true;
            }
            if (_eof)
            {
                if (_skipping || _end == _start)
                {
                    line = default;
                    return false;
                }
                pending = _bytes.AsSpan(_start, _end - _start);
                _start = _end;
                line = Decode(pending, truncated: false, unterminated: true);
                return true;
            }
            Fill();
        }
    }

    /// <summary>
    /// Passes over whole lines that hold none of <paramref name="needles"/>, without decoding them, so a reader waiting
    /// for an anchor pays a vectorised search instead of a decode per line. Only plain ASCII lines are passed over: the
    /// first non-ASCII byte stops the skip, so invalid UTF-8 is still decoded and reported by <see cref="TryReadLine"/>.
    /// A line holding a needle, the unterminated last line and an over-long line are left for <see cref="TryReadLine"/>.
    /// The window starts small and doubles while it is clean: with a candidate on every line, a call costs about a line.
    /// The lines passed over count in <see cref="LineNumber"/>.
    /// </summary>
    public void SkipLinesWithout(AsciiNeedles needles)
    {
        var cap = Math.Min(8192, MaxLineBytes); // a line that fits the window is never one TryReadLine would cut
        var window = Math.Min(512, cap);
        while (!_skipping)
        {
            if (_end - _start < window && !_eof)
            {
                Fill();
                continue;
            }
            var pending = _bytes.AsSpan(_start, Math.Min(window, _end - _start));
            if (pending.IsEmpty)
                break;
            var ascii = pending.IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
            var searched = ascii < 0 ? pending : pending[..ascii];
            var hit = needles.IndexOfAny(searched);
            var clean = hit >= 0 ? hit : searched.Length;
            var lastNewline = pending[..clean].LastIndexOf((byte)'\n');
            if (lastNewline < 0)
            {
                if (clean == window && window < cap)
                {
                    window = Math.Min(window * 2, cap); // a clean line longer than the window: look further
                    continue;
                }
                break; // the first line holds the candidate, a non-ASCII byte, or runs past the cap
            }
            LineNumber += pending[..(lastNewline + 1)].Count((byte)'\n');
            _start += lastNewline + 1;
            if (clean < pending.Length)
                break; // the next line holds the candidate
            window = Math.Min(window * 2, cap);
        }
    }

    private void Fill()
    {
        if (_start > 0)
        {
            _bytes.AsSpan(_start, _end - _start).CopyTo(_bytes);
            _end -= _start;
            _start = 0;
        }
        var read = _stream.Read(_bytes, _end, _bytes.Length - _end);
        if (read <= 0)
            _eof = true;
        else
        {
            _end += read;
            BytesRead += read;
        }
    }

    private ReadOnlySpan<char> Decode(ReadOnlySpan<byte> bytes, bool truncated, bool unterminated)
    {
        LineNumber++;
        LineTruncated = truncated;
        LineUnterminated = unterminated;
        if (truncated)
            bytes = CutAtCharBoundary(bytes[..Math.Min(bytes.Length, MaxLineBytes)]);
        else if (bytes.Length > 0 && bytes[^1] == (byte)'\r')
            bytes = bytes[..^1];
        if (LineNumber == 1 && bytes.StartsWith("\uFEFF"u8))
            bytes = bytes[3..];
        // Most lines are ASCII: widened directly (the UTF-8 transcoder's own ASCII path sits under two more calls, a
        // cost on every line of a 1 GB log). The rest of a line, from its first other byte, is decoded in one pass that
        // validates while it decodes; only a line with invalid UTF-8 is decoded again, whole, replacing.
        if (Ascii.ToUtf16(bytes, _chars, out var widened) == OperationStatus.Done)
        {
            LineHadInvalidUtf8 = false;
            return _chars.AsSpan(0, widened);
        }
        var status = Utf8.ToUtf16(bytes[widened..], _chars.AsSpan(widened), out _, out var decoded, replaceInvalidSequences: false);
        var count = widened + decoded;
        LineHadInvalidUtf8 = status != OperationStatus.Done;
        if (LineHadInvalidUtf8)
            count = Encoding.UTF8.GetChars(bytes, _chars); // the default decoder replaces invalid sequences with U+FFFD
        return _chars.AsSpan(0, count);
    }

    /// <summary>Backs off a multi-byte sequence split by the length cap, so the cut itself is not "invalid UTF-8".</summary>
    private static ReadOnlySpan<byte> CutAtCharBoundary(ReadOnlySpan<byte> bytes)
    {
        var i = bytes.Length;
        var back = 0;
        while (i > 0 && back < 3 && (bytes[i - 1] & 0xC0) == 0x80)
        {
            i--;
            back++;
        }
        if (i == 0 || bytes[i - 1] < 0xC0)
            return bytes; // ASCII or stray continuation bytes: nothing was split
        var lead = bytes[i - 1];
        var expected = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
        return back + 1 == expected ? bytes : bytes[..(i - 1)]; // drop only a sequence the cap actually split
    }

    public void Dispose()
    {
        if (_bytes.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_bytes);
            ArrayPool<char>.Shared.Return(_chars);
            _bytes = [];
            _chars = [];
        }
    }
}
