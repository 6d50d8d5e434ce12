using System.Buffers;

namespace Analyzer.Pipeline.Embedded;

/// <summary>
/// A bounded single-writer, single-reader byte pipe between two threads: a fixed ring of pooled chunks, so an entry
/// of any size passes through with the same few hundred KiB in flight. The writer blocks while the ring is full; once
/// the reader is gone (finished early or failed) writes are dropped instead, so a dead reader never stalls the writer.
/// </summary>
internal sealed class ChunkPipe : IDisposable
{
    public const int ChunkSize = 64 * 1024;
    public const int ChunkCount = 8;

    private readonly object _gate = new();
    private readonly byte[][] _chunks = new byte[ChunkCount][];
    private readonly int[] _lengths = new int[ChunkCount];
    private int _head;      // the chunk the reader is on
    private int _count;     // chunks written and not yet fully read
    private int _readAt;    // the reader's offset in the head chunk
    private bool _writerDone;
    private bool _readerGone;
    private bool _disposed;

    public ChunkPipe()
    {
        for (var i = 0; i < ChunkCount; i++)
            _chunks[i] = ArrayPool<byte>.Shared.Rent(ChunkSize);
    }

    /// <summary>True once the reader stopped: nothing written from now on is read.</summary>
    public bool ReaderGone
    {
        get { lock (_gate) return _readerGone; }
    }

    public void Write(ReadOnlySpan<byte> data)
    {
        while (!data.IsEmpty)
        {
            lock (_gate)
            {
                while (_count == ChunkCount && !_readerGone)
                    Monitor.Wait(_gate);
                if (_readerGone)
                    return;
                var tail = (_head + _count) % ChunkCount;
                var n = Math.Min(data.Length, ChunkSize);
                data[..n].CopyTo(_chunks[tail]);
                _lengths[tail] = n;
                _count++;
                data = data[n..];
                Monitor.PulseAll(_gate);
            }
        }
    }

    /// <summary>The writer has no more data: the reader sees end of stream once the ring is empty.</summary>
    public void CompleteWriting()
    {
        lock (_gate)
        {
            _writerDone = true;
            Monitor.PulseAll(_gate);
        }
    }

    /// <summary>Blocks until data or the end; returns 0 only at the end.</summary>
    public int Read(Span<byte> buffer)
    {
        if (buffer.IsEmpty) return 0;
        lock (_gate)
        {
            while (_count == 0 && !_writerDone)
                Monitor.Wait(_gate);
            if (_count == 0)
                return 0;
            var n = Math.Min(buffer.Length, _lengths[_head] - _readAt);
            _chunks[_head].AsSpan(_readAt, n).CopyTo(buffer);
            _readAt += n;
            if (_readAt == _lengths[_head])
            {
                _head = (_head + 1) % ChunkCount;
                _count--;
                _readAt = 0;
                Monitor.PulseAll(_gate);
            }
            return n;
        }
    }

    /// <summary>The reader stopped: release a blocked writer and drop whatever comes next.</summary>
    public void ReaderDone()
    {
        lock (_gate)
        {
            _readerGone = true;
            Monitor.PulseAll(_gate);
        }
    }

    /// <summary>Called after both sides stopped (the reader thread joined).</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed) return;
            _disposed = true;
            foreach (var chunk in _chunks)
                ArrayPool<byte>.Shared.Return(chunk);
        }
    }
}
