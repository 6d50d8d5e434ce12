using System.Globalization;

namespace Analyzer.Families.JuiceFs.Parsers.JuiceFsStats;

/// <summary>
/// One `.stats` line (pkg/vfs/internal.go CollectMetrics): `NAME VALUE`, the Prometheus name (`juicefs_...`; older
/// builds wrote `juicefs.`) with the `method`/`errno` label values appended as `_value`, histograms as `NAME_total`
/// and `NAME_sum`, values printed by `strconv.FormatFloat(v, 'f', -1, 64)`.
/// </summary>
internal static class StatsLine
{
    public static bool TryParse(ReadOnlySpan<char> line, out ReadOnlySpan<char> name, out double value)
    {
        name = default;
        value = 0;
        line = line.Trim();
        var space = line.IndexOf(' ');
        if (space <= 8 || !(line.StartsWith("juicefs_") || line.StartsWith("juicefs.")))
            return false;
        name = line[..space];
        if (name.ContainsAnyExcept("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.:-"))
            return false;
        var text = line[(space + 1)..].Trim();
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value))
            return true;
        // Go's FormatFloat writes infinities as +Inf/-Inf; they are metric lines whose value is no number to sum.
        value = text switch
        {
            "+Inf" or "Inf" => double.PositiveInfinity,
            "-Inf" => double.NegativeInfinity,
            _ => 0,
        };
        return value != 0;
    }
}
