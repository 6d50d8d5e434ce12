using System.Globalization;
using System.Text;

namespace Analyzer.Reporting.Html;

/// <summary>
/// A small line chart for a report table marked with <see cref="TimeSeriesFigure"/>: time on x, one polyline per
/// value column on y (from zero), five labelled ticks on each axis and a legend. Returns null when fewer than two
/// rows parse, since one point is no line.
/// </summary>
internal static class TimeSeriesSvg
{
    private const double Width = 1000;
    private const double Height = 280;
    private const double Left = 70;
    private const double Right = 20;
    private const double Top = 30;
    private const double Bottom = 40;
    private static readonly string[] Palette = ["#d62728", "#1f77b4", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b"];

    public static string? Render(ReportTable table, TimeSeriesFigure figure)
    {
        var points = new List<(double X, double?[] Ys)>();
        DateTimeOffset? epoch = null;
        foreach (var row in table.Rows)
        {
            if (figure.TimeColumn >= row.Count || Time(row[figure.TimeColumn], ref epoch) is not { } x)
                continue;
            points.Add((x, figure.ValueColumns.Select(c => c < row.Count ? LeadingNumber(row[c]) : null).ToArray()));
        }
        if (points.Count < 2)
            return null;
        points.Sort((a, b) => a.X.CompareTo(b.X));
        var (x0, x1) = (points[0].X, points[^1].X);
        if (x1 <= x0)
            return null;
        var yMax = points.SelectMany(p => p.Ys).Where(y => y is not null).Select(y => y!.Value).DefaultIfEmpty(0).Max();
        if (yMax <= 0)
            yMax = 1;
        double Px(double x) => Left + (x - x0) / (x1 - x0) * (Width - Left - Right);
        double Py(double y) => Height - Bottom - y / yMax * (Height - Top - Bottom);

        var svg = new StringBuilder();
        svg.Append(Inv($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 {Width} {Height}\" width=\"{Width}\" height=\"{Height}\" font-family=\"sans-serif\" font-size=\"11\" role=\"img\" aria-label=\""))
            .Append(HtmlText.Escape(table.Title)).Append("\">\n");
        for (var i = 0; i <= 4; i++)
        {
            var y = yMax * i / 4;
            svg.Append(Inv($"<line x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{Py(y):0.#}\" y2=\"{Py(y):0.#}\" stroke=\"#ddd\"/>"))
                .Append(Inv($"<text x=\"{Left - 6}\" y=\"{Py(y) + 4:0.#}\" text-anchor=\"end\">{y:0.###}</text>\n"));
            var x = x0 + (x1 - x0) * i / 4;
            svg.Append(Inv($"<text x=\"{Px(x):0.#}\" y=\"{Height - Bottom + 16}\" text-anchor=\"middle\">"))
                .Append(HtmlText.Escape(XLabel(x, epoch))).Append("</text>\n");
        }
        svg.Append(Inv($"<text x=\"{Left - 6}\" y=\"{Top - 12}\" text-anchor=\"end\">")).Append(HtmlText.Escape(figure.ValueUnit)).Append("</text>\n");
        for (var s = 0; s < figure.ValueColumns.Count; s++)
        {
            var colour = Palette[s % Palette.Length];
            var line = string.Join(' ', points.Where(p => p.Ys[s] is not null).Select(p => Inv($"{Px(p.X):0.#},{Py(p.Ys[s]!.Value):0.#}")));
            svg.Append(Inv($"<polyline fill=\"none\" stroke=\"{colour}\" stroke-width=\"1.5\" points=\"{line}\"/>\n"));
            var name = figure.ValueColumns[s] < table.Columns.Count ? table.Columns[figure.ValueColumns[s]] : "";
            svg.Append(Inv($"<rect x=\"{Left + 10 + s * 120}\" y=\"{Top - 22}\" width=\"10\" height=\"10\" fill=\"{colour}\"/>"))
                .Append(Inv($"<text x=\"{Left + 24 + s * 120}\" y=\"{Top - 13}\">")).Append(HtmlText.Escape(name)).Append("</text>\n");
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>Seconds since the first timestamp seen, or the number itself when the cell is a plain number.</summary>
    private static double? Time(string cell, ref DateTimeOffset? epoch)
    {
        if (double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
            return seconds;
        if (!DateTimeOffset.TryParse(cell, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
            return null;
        epoch ??= time;
        return (time - epoch.Value).TotalSeconds;
    }

    private static string XLabel(double x, DateTimeOffset? epoch) =>
        epoch is { } e ? e.AddSeconds(x).UtcDateTime.ToString("HH:mm:ss", CultureInfo.InvariantCulture) : Inv($"{x:0.##}s");

    internal static double? LeadingNumber(string cell)
    {
        var end = 0;
        while (end < cell.Length && (char.IsAsciiDigit(cell[end]) || cell[end] is '.' or '-' or '+' or 'e' or 'E'))
            end++;
        return double.TryParse(cell.AsSpan(0, end), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;
    }

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
