using System.Globalization;

namespace Analyzer.Text;

/// <summary>
/// Numbers as Linux tools print them under any locale: `12.50` or `12,50` (sysstat and top use LC_NUMERIC), optional
/// trailing `%`. Thousands separators are never printed by these tools, so a single comma is a decimal comma.
/// </summary>
internal static class HostNumber
{
    public static bool TryDouble(ReadOnlySpan<char> text, out double value)
    {
        text = text.Trim();
        if (text.EndsWith('%')) text = text[..^1];
        if (text.IsEmpty)
        {
            value = 0;
            return false;
        }
        var comma = text.IndexOf(',');
        if (comma >= 0 && text.IndexOf('.') < 0 && text.LastIndexOf(',') == comma)
        {
            Span<char> copy = stackalloc char[Math.Min(text.Length, 64)];
            if (text.Length > copy.Length)
            {
                value = 0;
                return false;
            }
            text.CopyTo(copy);
            copy[comma] = '.';
            return double.TryParse(copy[..text.Length], NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
        }
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
    }

    public static bool TryLong(ReadOnlySpan<char> text, out long value) =>
        long.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    public static double? Double(ReadOnlySpan<char> text) => TryDouble(text, out var v) ? v : null;

    public static long? Long(ReadOnlySpan<char> text) => TryLong(text, out var v) ? v : null;
}
