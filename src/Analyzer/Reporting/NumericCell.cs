using System.Text.RegularExpressions;

namespace Analyzer.Reporting;

/// <summary>
/// Tells a table cell that is a measurement — a number with an optional unit (<c>7</c>, <c>43.89%</c>,
/// <c>131.55 MiB</c>, <c>1.65 ms</c>, <c>2.62m/s</c>, <c>2m 34s</c>), or a few joined by " / ", " · ", " – " or " of "
/// (<c>100 / 100</c>, <c>2 GiB of 2 GiB</c>), with a short note in parentheses after (<c>62 (ENOENT)</c>) — from
/// one that is a name, a path or an excerpt. Renderers print measurements as plain text in right-aligned columns, so
/// digits line up, and keep code spans for the rest.
/// </summary>
internal static partial class NumericCell
{
    // A number (thousands commas allowed), then at most one short unit; a unit may carry "/s" (MiB/s, m/s); a second
    // number and unit may follow (durations: "2m 34s").
    [GeneratedRegex(@"^[~≈<>≥≤]?[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?: ?(?:%|[A-Za-zµ]{1,4}(?:/s)?|/s))?(?: \d+(?:\.\d+)?[A-Za-zµ]{1,3})?$", RegexOptions.CultureInvariant)]
    private static partial Regex Measurement();

    // A short note in parentheses after the measurements: "(EIO)", "(last)", "(demand 58.7%)".
    [GeneratedRegex(@" \([^()|`]{1,24}\)$", RegexOptions.CultureInvariant)]
    private static partial Regex Note();

    /// <summary>Cells that stand for "no value" in a numeric column; they neither make nor break it.</summary>
    public static bool IsBlank(string cell) => cell.Length == 0 || cell is "-" or "—" or "–" or "n/a";

    public static bool Is(string cell)
    {
        if (cell.Length == 0 || cell.Length > 64)
            return false;
        cell = Note().Replace(cell, "");
        foreach (var part in cell.Split([" / ", " · ", " – ", " of "], StringSplitOptions.None))
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
