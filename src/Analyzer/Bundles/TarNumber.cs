namespace Analyzer.Bundles;

/// <summary>Numeric fields of tar headers: NUL- or space-terminated octal, or GNU base-256 for large values.</summary>
internal static class TarNumber
{
    /// <returns>The value, 0 for an empty field, or null when the field is not a number this reader trusts.</returns>
    public static long? Parse(ReadOnlySpan<byte> field)
    {
        if (field.IsEmpty)
        {
            return 0;
        }

        if ((field[0] & 0x80) != 0)
        {
            // Base-256: the first byte's high bit marks it; a negative value (0xff) is never a valid size or offset.
            if (field[0] != 0x80)
            {
                return null;
            }

            long big = 0;
            foreach (var b in field[1..])
            {
                if (big > (long.MaxValue >> 8))
                {
                    return null;
                }

                big = (big << 8) | b;
            }

            return big;
        }

        long value = 0;
        var i = 0;
        while (i < field.Length && field[i] == (byte)' ')
        {
            i++;
        }

        for (; i < field.Length; i++)
        {
            var b = field[i];
            if (b is 0 or (byte)' ')
            {
                break;
            }

            if (b is < (byte)'0' or > (byte)'7' || value > (long.MaxValue >> 3))
            {
                return null;
            }

            value = (value << 3) | (long)(b - '0');
        }

        return value;
    }
}
