using System.Globalization;

namespace Analyzer.Families.Zfs.Parsers.ZfsUnits;

/// <summary>
/// The numbers ZFS tools print: `zfs_nicenum` sizes and counts (`250K`, `1.32G`, base 1024), arcstat's pretty rates
/// (base 1000), `zfs_nicetime` latencies (`133ns`, `6ms`, `1s`), exact integers under `-p`, `-` for "no data", and
/// the decimal comma of a de_DE-style locale (`2,96M`).
/// </summary>
internal static class ZfsNumber
{
    private const string Suffixes = "KMGTPEZ";

    /// <summary>The cell is `-`: the tool has no value for it (not zero).</summary>
    public static bool IsDash(ReadOnlySpan<char> cell) => cell is "-";

    /// <summary>A plain or suffixed number; <paramref name="scale"/> is 1024 for sizes, 1000 for arcstat rates.</summary>
    public static bool TryParse(ReadOnlySpan<char> cell, double scale, out double value)
    {
        value = 0;
        if (cell.IsEmpty) return false;
        var multiplier = 1.0;
        var last = char.ToUpperInvariant(cell[^1]);
        var power = Suffixes.IndexOf(last);
        if (power >= 0)
        {
            multiplier = Math.Pow(scale, power + 1);
            cell = cell[..^1];
            if (cell.Length > 0 && cell[^1] is 'i' or 'B') return false; // not a ZFS spelling
        }
        return TryDecimal(cell, out var number) && Finite(value = number * multiplier);
    }

    /// <summary>A `zfs_nicetime` latency (`133ns`, `2us`, `6ms`, `1s`) or, under `-p`, an integer count of nanoseconds.</summary>
    public static bool TryParseTime(ReadOnlySpan<char> cell, out TimeSpan value)
    {
        value = default;
        double ns;
        if (cell.EndsWith("ns")) ns = 1;
        else if (cell.EndsWith("us")) ns = 1e3;
        else if (cell.EndsWith("ms")) ns = 1e6;
        else if (cell.EndsWith("s")) ns = 1e9;
        else
        {
            // -p prints exact nanoseconds.
            if (!TryDecimal(cell, out var raw) || raw < 0) return false;
            value = FromNs(raw);
            return true;
        }
        var digits = cell[..^(ns == 1e9 ? 1 : 2)];
        if (!TryDecimal(digits, out var number) || number < 0) return false;
        value = FromNs(number * ns);
        return true;
    }

    private static TimeSpan FromNs(double ns) =>
        ns / 100 >= TimeSpan.MaxValue.Ticks ? TimeSpan.MaxValue : TimeSpan.FromTicks((long)Math.Round(ns / 100));

    private static bool TryDecimal(ReadOnlySpan<char> text, out double value)
    {
        value = 0;
        if (text.IsEmpty) return false;
        Span<char> buffer = stackalloc char[Math.Min(text.Length, 64)];
        if (text.Length > buffer.Length) return false;
        text.CopyTo(buffer);
        // A locale with a decimal comma prints `2,96M`: ZFS never groups thousands, so a comma is always the point.
        var comma = buffer.IndexOf(',');
        if (comma >= 0) buffer[comma] = '.';
        return double.TryParse(buffer, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    private static bool Finite(double v) => !double.IsNaN(v) && !double.IsInfinity(v);

    /// <summary>Clamps a parsed size to a long (sizes above 8 EiB do not occur; a garbled cell must not wrap).</summary>
    public static long ToLong(double v) => v >= long.MaxValue ? long.MaxValue : v <= long.MinValue ? long.MinValue : (long)Math.Round(v);
}
