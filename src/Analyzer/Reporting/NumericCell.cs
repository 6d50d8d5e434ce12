using System.Text.RegularExpressions;

namespace Analyzer.Reporting;

/// <summary>
/// Tells a table cell that is a measurement — a number with an optional unit (<c>7</c>, <c>43.89%</c>,
/// <c>131.55 MiB</c>, <c>1.65 ms</c>, <c>2.62m/s</c>), or a few joined by " / " or " · " (<c>100 / 100</c>) — from
/// one that is a name, a path or an excerpt. Renderers print measurements as plain text in right-aligned columns, so
/// digits line up, and keep code spans for the rest.
/// </summary>
internal static partial class NumericCell
{
    // A number (thousands commas allowed), then at most one short unit; a unit may carry "/s" (MiB/s, m/s).
    [GeneratedRegex(@"^[~≈<>≥≤]?[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?: ?(?:%|[A-Za-zµ]{1,4}(?:/s)?|/s))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Measurement();

    /// <summary>Cells that stand for "no value" in a numeric column; they neither make nor break it.</summary>
    public static bool IsBlank(string cell) => cell.Length == 0 || cell is "-" or "—" or "–" or "n/a";

    public static bool Is(string cell)
    {
        if (cell.Length == 0 || cell.Length > 64)
            return false;
        foreach (var part in cell.Split([" / ", " · "], StringSplitOptions.None))
            if (!Measurement().IsMatch(part))
                return false;
        return true;
    }

    /// <summary>A column is numeric when every cell that has a value is a measurement, and at least one has.</summary>
    public static bool Column(IEnumerable<string> cells)
    {
        var any = false;
        foreach (var cell in cells)
        {
            if (IsBlank(cell)) continue;
            if (!Is(cell)) return false;
            any = true;
        }
        return any;
    }
}
