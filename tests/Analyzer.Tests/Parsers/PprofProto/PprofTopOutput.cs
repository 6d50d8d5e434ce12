using System.Globalization;
using System.Text.RegularExpressions;

namespace Analyzer.Tests.Parsers.PprofProto;

/// <summary>
/// A saved `go tool pprof -top` text: its sample type, total and rows, with every printed value turned back into the
/// profile's base unit (bytes, nanoseconds or a count) together with the half-unit it was rounded to.
/// </summary>
internal sealed partial record PprofTopOutput(string Type, PrintedValue Total, IReadOnlyList<PprofTopRow> Rows)
{
    [GeneratedRegex(@"^Showing nodes accounting for (\S+), (\S+)% of (\S+) total$")]
    private static partial Regex Showing();

    [GeneratedRegex(@"^\s*(\S+)\s+(\S+)%\s+(\S+)%\s+(\S+)\s+(\S+)%\s+(.+?)(?: \((inline|partial-inline)\))?$")]
    private static partial Regex Row();

    public static PprofTopOutput Parse(string text)
    {
        string? type = null;
        PrintedValue? total = null;
        var rows = new List<PprofTopRow>();
        var inTable = false;
        foreach (var line in text.Split('\n'))
        {
            if (line.StartsWith("Type: ", StringComparison.Ordinal))
                type = line["Type: ".Length..].Trim();
            else if (Showing().Match(line) is { Success: true } showing)
                total = PrintedValue.Parse(showing.Groups[3].Value);
            else if (line.TrimStart().StartsWith("flat  flat%", StringComparison.Ordinal))
                inTable = true;
            else if (inTable && Row().Match(line) is { Success: true } row)
                rows.Add(new PprofTopRow(row.Groups[6].Value, PrintedValue.Parse(row.Groups[1].Value), Percent(row.Groups[2].Value),
                    PrintedValue.Parse(row.Groups[4].Value), Percent(row.Groups[5].Value), row.Groups[7].Value));
        }
        return new PprofTopOutput(type ?? throw new FormatException("no `Type:` line"), total ?? throw new FormatException("no `Showing nodes` line"), rows);
    }

    private static double Percent(string text) => double.Parse(text, CultureInfo.InvariantCulture);
}

internal sealed record PprofTopRow(string Function, PrintedValue Flat, double FlatPercent, PrintedValue Cum, double CumPercent, string Inline);

/// <summary>A value as pprof printed it (`1.01s`, `902.59kB`, `0`, `5000`): its base-unit value and rounding step.</summary>
internal sealed partial record PrintedValue(string Text, double Value, double HalfStep)
{
    [GeneratedRegex(@"^(-?[0-9]+(?:\.([0-9]+))?)([a-zA-Z]*)$")]
    private static partial Regex Pattern();

    private static readonly Dictionary<string, double> Factors = new(StringComparer.Ordinal)
    {
        [""] = 1, ["B"] = 1, ["kB"] = 1024, ["MB"] = 1024.0 * 1024, ["GB"] = 1024.0 * 1024 * 1024, ["TB"] = 1024.0 * 1024 * 1024 * 1024,
        ["ns"] = 1, ["us"] = 1e3, ["ms"] = 1e6, ["s"] = 1e9, ["mins"] = 60e9, ["hrs"] = 3600e9, ["days"] = 86400e9,
    };

    public static PrintedValue Parse(string text)
    {
        var m = Pattern().Match(text);
        if (!m.Success || !Factors.TryGetValue(m.Groups[3].Value, out var factor))
            throw new FormatException($"unknown pprof value `{text}`");
        var number = double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        // pprof prints %.2f and drops a ".00": an integer shown was rounded to two decimals all the same.
        var decimals = m.Groups[3].Value.Length == 0 && !m.Groups[2].Success ? 0 : 2;
        return new PrintedValue(text, number * factor, 0.5 * Math.Pow(10, -decimals) * factor);
    }

    /// <summary>True when <paramref name="exact"/> prints as this value (a little slack for float rounding).</summary>
    public bool Matches(double exact) => Math.Abs(exact - Value) <= HalfStep * 1.0001 + 1e-9;
}
