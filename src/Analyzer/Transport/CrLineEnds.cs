using Analyzer.Bundles;

namespace Analyzer.Transport;

/// <summary>
/// Reads a text whose lines end in a lone CR (classic Mac OS, some serial-console captures) with LF line ends, byte for
/// byte, so every line reader downstream sees the lines an editor shows. Chosen only when the head has CRs and no LF:
/// a CRLF file is already handled by the line reader.
/// </summary>
internal sealed class CrLineEnds(Stream source) : ReadOnlyForwardStream
{
    public static bool Only(ReadOnlySpan<byte> head) => head.IndexOf((byte)'\n') < 0 && head.Count((byte)'\r') >= 2;

    public override int Read(Span<byte> buffer)
    {
        var n = source.Read(buffer);
        buffer[..n].Replace((byte)'\r', (byte)'\n');
        return n;
    }
}
