using System.Text;

namespace Analyzer.Tests.Bundles;

/// <summary>
/// Writes old-GNU tar blocks by hand: System.Formats.Tar cannot write sparse entries ('S'), so the sparse tests build
/// their archives from these blocks and ordinary entries written by TarWriter.
/// </summary>
internal static class GnuTarBlocks
{
    public const int Block = 512;

    /// <summary>A GNU sparse entry: header, extension blocks for the map entries beyond four, then the stored data.</summary>
    public static byte[] SparseEntry(string name, long realSize, (long Offset, long Length)[] map, byte[] stored)
    {
        var output = new MemoryStream();
        var header = new byte[Block];
        WriteCommon(header, name, stored.Length, typeFlag: (byte)'S');
        for (var i = 0; i < Math.Min(4, map.Length); i++)
        {
            Octal(header.AsSpan(386 + (i * 24), 12), map[i].Offset);
            Octal(header.AsSpan(398 + (i * 24), 12), map[i].Length);
        }

        header[482] = map.Length > 4 ? (byte)1 : (byte)0;
        Octal(header.AsSpan(483, 12), realSize);
        Checksum(header);
        output.Write(header);

        for (var start = 4; start < map.Length; start += 21)
        {
            var extension = new byte[Block];
            for (var i = 0; i < 21 && start + i < map.Length; i++)
            {
                Octal(extension.AsSpan(i * 24, 12), map[start + i].Offset);
                Octal(extension.AsSpan((i * 24) + 12, 12), map[start + i].Length);
            }

            extension[504] = start + 21 < map.Length ? (byte)1 : (byte)0;
            output.Write(extension);
        }

        output.Write(stored);
        output.Write(new byte[Padding(stored.Length)]);
        return output.ToArray();
    }

    /// <summary>Two zero blocks: the end of a tar archive.</summary>
    public static byte[] End() => new byte[2 * Block];

    /// <summary>A tar archive's entries without its end marker, so more can follow.</summary>
    public static byte[] WithoutEnd(byte[] tar)
    {
        var end = tar.Length;
        while (end >= Block && tar.AsSpan(end - Block, Block).IndexOfAnyExcept((byte)0) < 0)
        {
            end -= Block;
        }

        return tar[..end];
    }

    public static int Padding(long length) => (int)((Block - (length % Block)) % Block);

    private static void WriteCommon(byte[] header, string name, long size, byte typeFlag)
    {
        Encoding.ASCII.GetBytes(name).CopyTo(header, 0);
        Octal(header.AsSpan(100, 8), 420);
        Octal(header.AsSpan(108, 8), 0);
        Octal(header.AsSpan(116, 8), 0);
        Octal(header.AsSpan(124, 12), size);
        Octal(header.AsSpan(136, 12), 1_700_000_000);
        header[156] = typeFlag;
        Encoding.ASCII.GetBytes("ustar  \0").CopyTo(header, 257);
    }

    private static void Octal(Span<byte> field, long value)
    {
        var digits = Convert.ToString(value, 8).PadLeft(field.Length - 1, '0');
        Encoding.ASCII.GetBytes(digits).CopyTo(field);
        field[^1] = 0;
    }

    private static void Checksum(byte[] header)
    {
        header.AsSpan(148, 8).Fill((byte)' ');
        var sum = 0;
        foreach (var b in header)
        {
            sum += b;
        }

        Encoding.ASCII.GetBytes(Convert.ToString(sum, 8).PadLeft(6, '0')).CopyTo(header, 148);
        header[154] = 0;
        header[155] = (byte)' ';
    }
}
