using System.Globalization;
using System.Text;
using Analyzer.Reporting.Charts;

namespace Analyzer.Reporting.Html;

/// <summary>
/// Draws an <see cref="IntervalChart"/> as inline SVG: a title above, the y axis titled and ticked (from zero, or on a
/// log scale), the x axis titled and ticked, one polyline per series (or a bar per series and category), a hover
/// title on every point and a legend that names every series — the start and the end of a long name are kept, so two
/// series of one log still read apart.
/// </summary>
internal static class LineChartSvg
{
    private const double Width = 1000;
    private const double Left = 78;
    private const double Right = 20;
    private const double Top = 34;
    private const double PlotHeight = 220;
    private const double Bottom = 46;
    private const double LegendRow = 16;
    private const int LegendColumns = 4;
    private const double LegendWidth = (Width - Left - Right) / LegendColumns;
    private const int LegendChars = 36;
    private static readonly string[] Palette = ["#d62728", "#1f77b4", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf"];

    /// <summary>The chart, or null when nothing can be drawn (no series with a point, or x without extent).</summary>
    public static string? Draw(IntervalChart chart, Func<double, string>? xLabel = null, bool log = false)
    {
        var series = chart.Series.Where(s => s.Points.Count > 0).ToList();
        if (series.Count == 0)
            return null;
        var points = series.SelectMany(s => s.Points).ToList();
        var (x0, x1) = chart.Bars ? (-0.5, chart.Categories.Count - 0.5) : (points.Min(p => p.X), points.Max(p => p.X));
        var ys = points.Select(p => p.Y).Where(y => !log || y > 0).ToList();
        if (x1 <= x0 || ys.Count == 0)
            return null;
        xLabel ??= x => x.ToString("0.##", CultureInfo.InvariantCulture);
        var axis = YAxis.For(ys, log);
        var legendTop = Top + PlotHeight + Bottom;
        var height = legendTop + LegendRow * ((series.Count + LegendColumns - 1) / LegendColumns) + 4;
        double Px(double x) => Left + (x - x0) / (x1 - x0) * (Width - Left - Right);
        double Py(double y) => Top + PlotHeight - axis.Fraction(y) * PlotHeight;
        string WithUnit(double v) => chart.Unit.Length == 0 ? Number(v) : chart.Unit == "%" ? Number(v) + "%" : Number(v) + " " + chart.Unit;

        var svg = new StringBuilder();
        svg.Append(Inv($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 {Width} {height:0.#}\" width=\"{Width}\" height=\"{height:0.#}\" font-family=\"sans-serif\" font-size=\"11\" role=\"img\" aria-label=\""))
            .Append(HtmlText.Escape(chart.Title)).Append("\">\n");
        svg.Append(Inv($"<text class=\"chart-title\" x=\"{Left}\" y=\"18\">")).Append(HtmlText.Escape(chart.Title)).Append("</text>\n");
        // Axis titles: y rotated along the left edge, x centred under the tick labels.
        svg.Append(Inv($"<text class=\"axis-title\" transform=\"translate(14 {Top + PlotHeight / 2:0.#}) rotate(-90)\" text-anchor=\"middle\">"))
            .Append(HtmlText.Escape(chart.YTitle + (log ? ", log scale" : ""))).Append("</text>\n");
        svg.Append(Inv($"<text class=\"axis-title\" x=\"{Left + (Width - Left - Right) / 2:0.#}\" y=\"{Top + PlotHeight + 36}\" text-anchor=\"middle\">"))
            .Append(HtmlText.Escape(chart.XTitle)).Append("</text>\n");
        foreach (var tick in axis.Ticks)
        {
            var y = Py(tick);
            svg.Append(Inv($"<line x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{y:0.#}\" y2=\"{y:0.#}\" stroke=\"#ddd\"/>"))
                .Append(Inv($"<text x=\"{Left - 6}\" y=\"{y + 4:0.#}\" text-anchor=\"end\">")).Append(HtmlText.Escape(WithUnit(tick))).Append("</text>\n");
        }
        if (chart.Bars)
            for (var i = 0; i < chart.Categories.Count; i++)
                svg.Append(Inv($"<text x=\"{Px(i):0.#}\" y=\"{Top + PlotHeight + 16}\" text-anchor=\"middle\">")).Append(HtmlText.Escape(chart.Categories[i])).Append("</text>\n");
        else
            foreach (var (x, anchor) in XTicks(x0, x1, points.All(p => p.X == Math.Floor(p.X))))
                svg.Append(Inv($"<text x=\"{Px(x):0.#}\" y=\"{Top + PlotHeight + 16}\" text-anchor=\"{anchor}\">")).Append(HtmlText.Escape(xLabel(x))).Append("</text>\n");

        var slot = (Px(1) - Px(0)) * 0.8 / series.Count;
        for (var s = 0; s < series.Count; s++)
        {
            var colour = Palette[s % Palette.Length];
            var dash = s / Palette.Length % 2 == 1 ? " stroke-dasharray=\"5,3\"" : "";
            var drawn = series[s].Points.Where(p => !log || p.Y > 0).ToList();
            if (chart.Bars)
                foreach (var p in drawn)
                {
                    var bx = Px(p.X) - slot * series.Count / 2 + slot * s;
                    var top = Py(p.Y);
                    svg.Append(Inv($"<rect x=\"{bx:0.#}\" y=\"{top:0.#}\" width=\"{Math.Max(slot - 1, 1):0.#}\" height=\"{Math.Max(Top + PlotHeight - top, 0):0.#}\" fill=\"{colour}\"><title>"))
                        .Append(HtmlText.Escape($"{series[s].Name}\n{p.Label}: {WithUnit(p.Y)}")).Append("</title></rect>");
                }
            else
            {
                if (drawn.Count >= 2)
                    svg.Append(Inv($"<polyline fill=\"none\" stroke=\"{colour}\" stroke-width=\"1.5\"{dash} points=\""))
                        .Append(string.Join(' ', drawn.Select(p => Inv($"{Px(p.X):0.#},{Py(p.Y):0.#}")))).Append("\"/>\n");
                foreach (var p in drawn)
                    svg.Append(Inv($"<circle cx=\"{Px(p.X):0.#}\" cy=\"{Py(p.Y):0.#}\" r=\"2.5\" fill=\"{colour}\"><title>"))
                        .Append(HtmlText.Escape($"{series[s].Name}\n{p.Label}: {WithUnit(p.Y)}")).Append("</title></circle>");
            }
            svg.Append('\n');
            var lx = Left + s % LegendColumns * LegendWidth;
            var ly = legendTop + s / LegendColumns * LegendRow;
            svg.Append(Inv($"<g class=\"legend\"><rect x=\"{lx:0.#}\" y=\"{ly:0.#}\" width=\"10\" height=\"10\" fill=\"{colour}\"/>"))
                .Append(Inv($"<text x=\"{lx + 14:0.#}\" y=\"{ly + 9:0.#}\"><title>")).Append(HtmlText.Escape(series[s].Name)).Append("</title>")
                .Append(HtmlText.Escape(LegendName(series[s].Name))).Append("</text></g>\n");
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>A legend entry that fits its column: the start and the end of the name, an ellipsis between.</summary>
    internal static string LegendName(string name)
    {
        if (name.Length <= LegendChars)
            return name;
        var head = (LegendChars - 1) / 2;
        return name[..head] + "…" + name[^(LegendChars - 1 - head)..];
    }

    /// <summary>Five ticks across x; on a whole-number axis (interval reports) whole numbers only, none repeated.</summary>
    private static IEnumerable<(double X, string Anchor)> XTicks(double x0, double x1, bool whole)
    {
        if (whole && x1 - x0 <= 12)
        {
            for (var x = x0; x <= x1; x++)
                yield return (x, x == x0 ? "start" : x == x1 ? "end" : "middle");
            yield break;
        }
        var seen = new HashSet<double>();
        for (var i = 0; i <= 4; i++)
        {
            var x = x0 + (x1 - x0) * i / 4;
            if (whole) x = Math.Round(x);
            if (seen.Add(x))
                yield return (x, x == x0 ? "start" : x == x1 ? "end" : "middle");
        }
    }

    internal static string Number(double v) => v.ToString(Math.Abs(v) >= 100 ? "0" : Math.Abs(v) >= 1 ? "0.##" : "0.####", CultureInfo.InvariantCulture);

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
            var max = Nice(Math.Max(values.Max(), 0));
            return new YAxis(0, max, false, Enumerable.Range(0, 5).Select(i => max * i / 4).ToList());
        }

        /// <summary>The smallest of 1, 1.2, 1.6, 2, 2.5, 3, 4, 5, 6 or 8 × 10^k at or above <paramref name="max"/>, so quarter ticks are round.</summary>
        private static double Nice(double max)
        {
            if (max <= 0) return 1;
            var decade = Math.Pow(10, Math.Floor(Math.Log10(max)));
            foreach (var step in new[] { 1, 1.2, 1.6, 2, 2.5, 3, 4, 5, 6, 8, 10 })
                if (step * decade >= max * (1 - 1e-9))
                    return step * decade;
            return 10 * decade;
        }

        public double Fraction(double y) => Log
            ? (Math.Log10(Math.Max(y, Math.Pow(10, Min))) - Min) / (Max - Min)
            : (y - Min) / (Max - Min);
    }
}
