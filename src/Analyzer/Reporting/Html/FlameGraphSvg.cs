using Analyzer.Parsing;
using System.Globalization;
using System.Text;
using Analyzer.Families.Go.Facts;

namespace Analyzer.Reporting.Html;

/// <summary>
/// Draws a <see cref="FlameTree"/> as an inline SVG icicle graph: the whole profile on the top row, callees below
/// their callers, each frame as wide as its value. Labels are cut with "…" to fit (a Go function first loses its
/// import path) and left out on frames too narrow for three characters; frames under half a pixel are not drawn.
/// Every frame carries an SVG &lt;title&gt;, which browsers show on hover without any script.
/// </summary>
internal static class FlameGraphSvg
{
    private const double Width = 1200;
    private const double RowHeight = 18;
    private const double CharWidth = 6.7; // 11px monospace advance (DejaVu Sans Mono 0.602em), rounded up
    private const double LabelPadding = 3;

    public static string Render(FlameTree tree)
    {
        var format = ProfileValueText.For(tree.SampleType, tree.Total);
        var depth = tree.Nodes.Count == 0 ? 0 : tree.Nodes.Max(n => n.Depth) + 1;
        var height = (depth + 1) * RowHeight;
        var scale = tree.Total == 0 ? 0 : Width / tree.Total;
        var svg = new StringBuilder();
        svg.Append(Inv($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"flame\" viewBox=\"0 0 {Width} {height}\" width=\"{Width}\" height=\"{height}\" "))
            .Append("font-family=\"DejaVu Sans Mono, Menlo, Consolas, monospace\" font-size=\"11\" role=\"img\" aria-label=\"")
            .Append(HtmlText.Escape($"Flame graph of {tree.Path}")).Append("\">\n");
        Frame(svg, "all", 0, 0, Width, tree.Total, tree.Total, tree.Total - Saturating.Sum(tree.Nodes.Where(n => n.Depth == 0), n => n.Value), "#e8e0d8", format);

        // Preorder: a node's children follow it, so each row's cursor restarts at the parent's x.
        var cursor = new double[depth + 1];
        foreach (var node in tree.Nodes)
        {
            var x = cursor[node.Depth];
            var w = node.Value * scale;
            cursor[node.Depth] = x + w;
            cursor[node.Depth + 1] = x;
            if (w <= 0)
                continue;
            Frame(svg, node.Function, x, (node.Depth + 1) * RowHeight, w, node.Value, tree.Total, node.Self,
                FlameColors.For(node.Function, node.Kernel), format, node.Kernel);
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static void Frame(StringBuilder svg, string function, double x, double y, double w, long value, long total, long self,
        string fill, Func<long, string> format, bool kernel = false)
    {
        var percent = total == 0 ? 0 : 100.0 * value / total;
        var title = $"{function}{(kernel ? " [kernel]" : "")}\n{format(value)} ({percent.ToString("0.##", CultureInfo.InvariantCulture)}%), self {format(self)}";
        svg.Append(kernel ? "<g class=\"k\"><title>" : "<g><title>").Append(HtmlText.Escape(title)).Append("</title>")
            .Append(Inv($"<rect x=\"{x:0.##}\" y=\"{y:0.##}\" width=\"{w:0.##}\" height=\"{RowHeight - 1}\" rx=\"2\" fill=\"{fill}\"/>"));
        if (Label(function, w) is { } label)
            svg.Append(Inv($"<text x=\"{x + LabelPadding:0.##}\" y=\"{y + RowHeight - 5:0.##}\">")).Append(HtmlText.Escape(label)).Append("</text>");
        svg.Append("</g>\n");
    }

    /// <summary>The label that fits <paramref name="width"/> pixels, or null when not even three characters do.</summary>
    internal static string? Label(string function, double width)
    {
        var fits = (int)Math.Floor((width - 2 * LabelPadding) / CharWidth);
        if (fits < 3)
            return null;
        if (function.Length <= fits)
            return function;
        // github.com/org/repo/pkg.(*T).Method → pkg.(*T).Method before cutting the end.
        var slash = function.LastIndexOf('/', Math.Max(0, function.IndexOf('(') is var p && p > 0 ? p : function.Length - 1));
        var shortName = slash >= 0 ? function[(slash + 1)..] : function;
        if (shortName.Length <= fits)
            return shortName;
        return shortName[..(fits - 1)] + "…";
    }

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
