using System.IO.Compression;

namespace Analyzer.Families.Go.Parsers.PprofProto;

/// <summary>
/// Loads an entry into memory, gunzipping it when it starts with the gzip magic (a `.pb.gz` handed over as-is;
/// the bundle reader already unpacks top-level and nested `.gz` members, so raw protobuf is the common case).
/// </summary>
internal static class ProfileBytes
{
    /// <summary>Far above real profiles (tens of MB); keeps a hostile entry from exhausting memory.</summary>
    public const int MaxBytes = 256 * 1024 * 1024;

    public static bool IsGzip(ReadOnlySpan<byte> head) => head.Length >= 2 && head[0] == 0x1f && head[1] == 0x8b;

    /// <summary>The decoded bytes, and why they may be incomplete (null when whole).</summary>
    /// <remarks>Hands out the stream's own buffer rather than a copy: a big profile is held once, not twice.</remarks>
    public static (ReadOnlyMemory<byte> Bytes, string? Problem) Load(Stream content)
    {
        var buffer = new MemoryStream();
        var problem = CopyCapped(content, buffer, MaxBytes);
        if (!IsGzip(Contents(buffer).Span))
            return (Contents(buffer), problem);

        buffer.Position = 0;
        var inflated = new MemoryStream();
        try
        {
            using var gzip = new GZipStream(buffer, CompressionMode.Decompress);
            problem = CopyCapped(gzip, inflated, MaxBytes) ?? problem;
        }
        catch (InvalidDataException e)
        {
            // Keep what inflated before the damage: the decoder reports the cut as a partial profile.
            problem = $"gzip data is damaged: {e.Message}";
        }
        return (Contents(inflated), problem);
    }

    private static ReadOnlyMemory<byte> Contents(MemoryStream stream) => stream.GetBuffer().AsMemory(0, (int)stream.Length);

    private static string? CopyCapped(Stream from, Stream to, int cap)
    {
        var chunk = new byte[81920];
        long total = 0;
        int read;
        while ((read = from.Read(chunk, 0, chunk.Length)) > 0)
        {
            var keep = (int)Math.Min(read, cap - total);
            to.Write(chunk, 0, keep);
            total += keep;
            if (total >= cap)
                return $"profile larger than {cap / (1024 * 1024)} MiB; only the start was read";
        }
        return null;
    }
}
