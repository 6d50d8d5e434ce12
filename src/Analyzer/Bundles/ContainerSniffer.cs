namespace Analyzer.Bundles;

/// <summary>
/// Recognises containers by their first bytes; the file name is only a fallback, because bundles get renamed and
/// nested archives often carry no meaningful extension.
/// </summary>
internal static class ContainerSniffer
{
    /// <summary>One tar header block: enough for every signature checked here.</summary>
    public const int HeadLength = 512;

    private const int TarMagicOffset = 257;
    private const int TarChecksumOffset = 148;
    private const int TarChecksumLength = 8;

    private static ReadOnlySpan<byte> GzipMagic => [0x1f, 0x8b];
    private static ReadOnlySpan<byte> XzMagic => [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00];
    private static ReadOnlySpan<byte> ZipLocalHeaderMagic => [0x50, 0x4b, 0x03, 0x04];
    private static ReadOnlySpan<byte> ZipEmptyArchiveMagic => [0x50, 0x4b, 0x05, 0x06];
    private static ReadOnlySpan<byte> UstarMagic => "ustar"u8;

    public static ContainerFormat FromContent(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith(GzipMagic))
        {
            return ContainerFormat.Gzip;
        }

        if (head.StartsWith(XzMagic))
        {
            return ContainerFormat.Xz;
        }

        if (head.StartsWith(ZipLocalHeaderMagic) || head.StartsWith(ZipEmptyArchiveMagic))
        {
            return ContainerFormat.Zip;
        }

        return LooksLikeTar(head) ? ContainerFormat.Tar : ContainerFormat.None;
    }

    public static ContainerFormat FromFileName(string fileName)
    {
        var name = fileName.ToLowerInvariant();
        if (name.EndsWith(".tar", StringComparison.Ordinal))
        {
            return ContainerFormat.Tar;
        }

        if (name.EndsWith(".gz", StringComparison.Ordinal) || name.EndsWith(".tgz", StringComparison.Ordinal))
        {
            return ContainerFormat.Gzip;
        }

        if (name.EndsWith(".xz", StringComparison.Ordinal) || name.EndsWith(".txz", StringComparison.Ordinal))
        {
            return ContainerFormat.Xz;
        }

        return name.EndsWith(".zip", StringComparison.Ordinal) ? ContainerFormat.Zip : ContainerFormat.None;
    }

    public static bool LooksLikeTar(ReadOnlySpan<byte> head)
    {
        if (head.Length >= TarMagicOffset + UstarMagic.Length && head[TarMagicOffset..].StartsWith(UstarMagic))
        {
            return true;
        }

        // Pre-POSIX (v7) tar has no magic; a header whose checksum adds up is as good a signature as we get.
        return head.Length >= HeadLength && head[0] != 0 && HasValidChecksum(head[..HeadLength]);
    }

    private static bool HasValidChecksum(ReadOnlySpan<byte> header)
    {
        var field = header.Slice(TarChecksumOffset, TarChecksumLength);
        var stored = 0L;
        var digits = 0;
        foreach (var b in field)
        {
            if (b is (byte)' ' && digits == 0)
            {
                continue;
            }

            if (b is < (byte)'0' or > (byte)'7')
            {
                break;
            }

            stored = (stored * 8) + (b - '0');
            digits++;
        }

        if (digits == 0)
        {
            return false;
        }

        var sum = 0L;
        for (var i = 0; i < header.Length; i++)
        {
            var isChecksumField = i is >= TarChecksumOffset and < TarChecksumOffset + TarChecksumLength;
            sum += isChecksumField ? ' ' : header[i];
        }

        return sum == stored;
    }
}
