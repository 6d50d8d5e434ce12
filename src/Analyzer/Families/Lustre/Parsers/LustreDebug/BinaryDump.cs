using System.Buffers.Binary;
using System.Numerics;

namespace Analyzer.Families.Lustre.Parsers.LustreDebug;

/// <summary>
/// The raw debug buffer Lustre writes on LBUG or `lctl debug_daemon` (default /tmp/lustre-log.&lt;sec&gt;.&lt;pid&gt;):
/// packed `struct ptldebug_header` records (48 bytes, host byte order) each followed by file\0 func\0 text.
/// Only recognised here, so the inventory can say how to convert it; `lctl debug_file` turns it into text.
/// </summary>
internal static class BinaryDump
{
    private const int HeaderSize = 48;
    private const int MaxRecord = 4094; // lctl's reader treats longer or zero lengths as the end

    public static bool IsDumpName(string fileName) => fileName.StartsWith("lustre-log", StringComparison.Ordinal);

    /// <summary>True when the first record (and the second, if it is in the head) has a sane little-endian header.</summary>
    public static bool LooksLikeDump(ReadOnlySpan<byte> head)
    {
        var offset = 0;
        for (var record = 0; record < 2; record++)
        {
            if (head.Length - offset < HeaderSize + 4) return record > 0;
            var h = head[offset..];
            var length = BinaryPrimitives.ReadUInt32LittleEndian(h);
            var subsys = BinaryPrimitives.ReadUInt32LittleEndian(h[8..]);
            var mask = BinaryPrimitives.ReadUInt32LittleEndian(h[12..]);
            var type = BinaryPrimitives.ReadUInt16LittleEndian(h[18..]);
            var usec = BinaryPrimitives.ReadUInt64LittleEndian(h[24..]);
            if (length <= HeaderSize + 2 || length > MaxRecord || BitOperations.PopCount(subsys) != 1 || mask == 0 || type > 2 || usec >= 1_000_000)
                return false;
            // The file name that follows is a short printable C string (e.g. "client.c").
            var file = h[HeaderSize..];
            var nul = file.IndexOf((byte)0);
            if (nul <= 0 || nul > 64) return false;
            foreach (var b in file[..nul])
                if (b is < 0x21 or > 0x7e) return false;
            offset += (int)length;
        }
        return true;
    }
}
