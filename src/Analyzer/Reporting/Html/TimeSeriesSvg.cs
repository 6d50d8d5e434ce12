using System.Globalization;
using System.Text;

namespace Analyzer.Reporting.Html;

/// <summary>
/// A small line chart for a report table marked with <see cref="TimeSeriesFigure"/>: time on x, one polyline per
/// series (value column × distinct <see cref="TimeSeriesFigure.SeriesColumn"/> value) on y — from zero, or on a log
/// scale — five labelled ticks on each axis, a legend, and a hover title on every point. Returns null when no
/// series has two points, since one point is no line.
/// </summary>
internal static class TimeSeriesSvg
{
    private const double Width = 1000;
    private const double Left = 70;
    private const double Right = 20;
    private const double Top = 20;
    private const double PlotHeight = 220;
    private const double Bottom = 30;
    private const double LegendRow = 16;
    private const int MaxSeries = 12;
    private static readonly string[] Palette = ["#d62728", "#1f77b4", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf"];

    public static string? Render(ReportTable table, TimeSeriesFigure figure)
    {
        var series = Series(table, figure);
        if (series.Count == 0)
            return null;
        var xs = series.SelectMany(s => s.Points).Select(p => p.X).ToList();
        var (x0, x1) = (xs.Min(), xs.Max());
        var ys = series.SelectMany(s => s.Points).Select(p => p.Y).Where(y => !figure.LogScale || y > 0).ToList();
        if (x1 <= x0 || ys.Count == 0)
            return null;
        var axis = YAxis.For(ys, figure.LogScale);
        var height = Top + PlotHeight + Bottom + LegendRow * ((series.Count + 3) / 4);
        double Px(double x) => Left + (x - x0) / (x1 - x0) * (Width - Left - Right);
        double Py(double y) => Top + PlotHeight - axis.Fraction(y) * PlotHeight;

        var svg = new StringBuilder();
        svg.Append(Inv($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 {Width} {height}\" width=\"{Width}\" height=\"{height}\" font-family=\"sans-serif\" font-size=\"11\" role=\"img\" aria-label=\""))
            .Append(HtmlText.Escape(table.Title)).Append("\">\n");
        foreach (var tick in axis.Ticks)
        {
            var y = Py(tick);
            svg.Append(Inv($"<line x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{y:0.#}\" y2=\"{y:0.#}\" stroke=\"#ddd\"/>"))
                .Append(Inv($"<text x=\"{Left - 6}\" y=\"{y + 4:0.#}\" text-anchor=\"end\">")).Append(HtmlText.Escape(Number(tick) + " " + figure.ValueUnit)).Append("</text>\n");
        }
        for (var i = 0; i <= 4; i++)
        {
            var x = x0 + (x1 - x0) * i / 4;
            var anchor = i == 0 ? "start" : i == 4 ? "end" : "middle";
            svg.Append(Inv($"<text x=\"{Px(x):0.#}\" y=\"{Top + PlotHeight + 16}\" text-anchor=\"{anchor}\">"))
                .Append(HtmlText.Escape(XLabel(x, series[0].Epoch))).Append("</text>\n");
        }
        for (var s = 0; s < series.Count; s++)
        {
            var colour = Palette[s % Palette.Length];
            var dash = s / Palette.Length % 2 == 1 ? " stroke-dasharray=\"5,3\"" : "";
            var points = series[s].Points.Where(p => !figure.LogScale || p.Y > 0).ToList();
            svg.Append(Inv($"<polyline fill=\"none\" stroke=\"{colour}\" stroke-width=\"1.5\"{dash} points=\""))
                .Append(string.Join(' ', points.Select(p => Inv($"{Px(p.X):0.#},{Py(p.Y):0.#}")))).Append("\"/>\n");
            foreach (var p in points)
                svg.Append(Inv($"<circle cx=\"{Px(p.X):0.#}\" cy=\"{Py(p.Y):0.#}\" r=\"2.5\" fill=\"{colour}\"><title>"))
                    .Append(HtmlText.Escape($"{series[s].Name}\n{p.Label}: {Number(p.Y)} {figure.ValueUnit}")).Append("</title></circle>");
            svg.Append('\n');
            var lx = Left + s % 4 * 230;
            var ly = Top + PlotHeight + Bottom + s / 4 * LegendRow;
            svg.Append(Inv($"<rect x=\"{lx}\" y=\"{ly:0.#}\" width=\"10\" height=\"10\" fill=\"{colour}\"/>"))
                .Append(Inv($"<text x=\"{lx + 14}\" y=\"{ly + 9:0.#}\">")).Append(HtmlText.Escape(Shorten(series[s].Name, 34))).Append("</text>\n");
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    private sealed record Point(double X, double Y, string Label);

    private sealed record Line(string Name, DateTimeOffset? Epoch, List<Point> Points);

    private static List<Line> Series(ReportTable table, TimeSeriesFigure figure)
    {
        var lines = new Dictionary<(string Group, int Column), Line>();
        DateTimeOffset? epoch = null;
        foreach (var row in table.Rows)
        {
            if (figure.TimeColumn >= row.Count || Time(row[figure.TimeColumn], ref epoch) is not { } x)
                continue;
            var group = figure.SeriesColumn is { } g && g < row.Count ? row[g] : "";
            foreach (var column in figure.ValueColumns)
            {
                if (column >= row.Count || Value(row[column], figure.ValueUnit) is not { } y)
                    continue;
                if (!lines.TryGetValue((group, column), out var line))
                {
                    if (lines.Count == MaxSeries)
                        continue;
                    var name = column < table.Columns.Count ? table.Columns[column] : $"column {column}";
                    line = new Line(group.Length > 0 ? $"{name} — {group}" : name, epoch, []);
                    lines[(group, column)] = line;
                }
                line.Points.Add(new Point(x, y, row[figure.TimeColumn]));
            }
        }
        foreach (var line in lines.Values)
            line.Points.Sort((a, b) => a.X.CompareTo(b.X));
        return lines.Values.Where(l => l.Points.Count >= 2).ToList();
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

    /// <summary>The cell's leading number, converted to <paramref name="unit"/> when both are time units.</summary>
    internal static double? Value(string cell, string unit)
    {
        var text = cell.Trim();
        var end = 0;
        while (end < text.Length && (char.IsAsciiDigit(text[end]) || text[end] is '.' or '-' or '+'))
            end++;
        if (!double.TryParse(text.AsSpan(0, end), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            return null;
        var suffix = text[end..].Trim();
        return Seconds(suffix) is { } from && Seconds(unit) is { } to ? value * from / to : value;
    }

    private static double? Seconds(string unit) => unit switch
    {
        "ns" => 1e-9,
        "µs" or "us" or "μs" => 1e-6,
        "ms" => 1e-3,
        "s" => 1,
        "min" or "m" => 60,
        "h" => 3600,
        _ => null,
    };

    private static string Number(double v) => v.ToString(Math.Abs(v) >= 100 ? "0" : Math.Abs(v) >= 1 ? "0.##" : "0.####", CultureInfo.InvariantCulture);

    private static string Shorten(string text, int max) => text.Length <= max ? text : "…" + text[^(max - 1)..];

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>The y scale: linear from zero with five ticks, or log10 between the decades around the data.</summary>
    private sealed record YAxis(double Min, double Max, bool Log, IReadOnlyList<double> Ticks)
    {
        public static YAxis For(IReadOnlyList<double> values, bool log)
        {
            if (log)
            {
                var lo = Math.Floor(Math.Log10(values.Min()));
                var hi = Math.Ceiling(Math.Log10(values.Max()));
                if (hi <= lo) hi = lo + 1;
                var ticks = Enumerable.Range(0, (int)(hi - lo) + 1).Select(i => Math.Pow(10, lo + i)).ToList();
                return new YAxis(lo, hi, true, ticks);
            }
            var max = Math.Max(values.Max(), 0);
            if (max <= 0) max = 1;
            return new YAxis(0, max, false, Enumerable.Range(0, 5).Select(i => max * i / 4).ToList());
        }

        public double Fraction(double y) => Log
            ? (Math.Log10(Math.Max(y, Math.Pow(10, Min))) - Min) / (Max - Min)
            : (y - Min) / (Max - Min);
    }
}
