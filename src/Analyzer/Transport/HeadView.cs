using System.Text;
using Analyzer.Text;

namespace Analyzer.Transport;

/// <summary>
/// The head of an entry run through a learned stack, line by line, to build what detection looks at: the cleaned
/// head, and per program the head of one channel (its lines only, raw or cleaned).
/// </summary>
internal static class HeadView
{
    public static IReadOnlyList<HeadLine> Lines(ReadOnlyMemory<byte> head, bool complete, WrapperStack stack)
    {
        var bytes = head.Span;
        if (!complete)
        {
            var last = bytes.LastIndexOf((byte)'\n');
            bytes = last < 0 ? default : bytes[..(last + 1)]; // a cut last line is left for the stream to finish
        }
        using var reader = new LineReader(new MemoryStream(bytes.ToArray(), writable: false));
        using var cleaner = new LineCleaner(stack, reader.MaxLineBytes);
        var lines = new List<HeadLine>();
        while (reader.TryReadLine(out var line))
        {
            var outcome = cleaner.Clean(line, reader.LineNumber, out var parts);
            lines.Add(new HeadLine(line.ToString(), parts.Payload.ToString(), parts.Program.ToString(), outcome));
        }
        return lines;
    }

    /// <summary>UTF-8 bytes of the chosen lines, one per line, each ending in a newline.</summary>
    public static byte[] Bytes(IEnumerable<string> lines)
    {
        var text = new StringBuilder();
        foreach (var l in lines)
            text.Append(l).Append('\n');
        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
