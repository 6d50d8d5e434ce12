using System.Buffers;
using System.Text;
using Analyzer.Pipeline.Embedded;
using Analyzer.Text;

namespace Analyzer.Transport;

/// <summary>
/// Reads a multi-program log once and feeds every channel's parser its own view through a pipe: the channel's lines
/// (raw or cleaned) in place and an empty line for every other line, so each parser's line N is the file's line N.
/// Writes are batched per view in pooled buffers.
/// </summary>
internal static class ChannelPump
{
    private const int Batch = 32 * 1024;

    public static void Run(Stream source, WrapperStack stack, IReadOnlyList<(ChannelFilter Filter, ChunkPipe Pipe)> views)
    {
        using var reader = new LineReader(source);
        using var cleaner = new LineCleaner(stack, reader.MaxLineBytes);
        var max = 4 * reader.MaxLineBytes + 2;
        var buffers = views.Select(_ => ArrayPool<byte>.Shared.Rent(Batch + max)).ToArray();
        var filled = new int[views.Count];
        try
        {
            while (reader.TryReadLine(out var line))
            {
                cleaner.Clean(line, reader.LineNumber, out var parts);
                for (var v = 0; v < views.Count; v++)
                {
                    var (filter, pipe) = views[v];
                    if (filter.Keeps(parts.Program))
                        filled[v] += Encoding.UTF8.GetBytes(filter.Raw ? line : parts.Payload, buffers[v].AsSpan(filled[v]));
                    if (!reader.LineUnterminated)
                        buffers[v][filled[v]++] = (byte)'\n'; // keep a cut last line cut (parsers read it as a cut paste)
                    if (filled[v] >= Batch)
                    {
                        pipe.Write(buffers[v].AsSpan(0, filled[v]));
                        filled[v] = 0;
                    }
                }
            }
            for (var v = 0; v < views.Count; v++)
                views[v].Pipe.Write(buffers[v].AsSpan(0, filled[v]));
        }
        finally
        {
            foreach (var b in buffers)
                ArrayPool<byte>.Shared.Return(b);
        }
    }
}
