using System.Globalization;
using System.Text.RegularExpressions;
using Analyzer.Rules.Diagnostics;
using Analyzer.Rules.Model;
using YamlDotNet.RepresentationModel;

namespace Analyzer.Rules.Yaml;

/// <summary>Reads <c>aggregate:</c> — <c>name: fn(expr)</c>, e.g. <c>waiters: sum(w.count)</c>, <c>p99: percentile(a.ms, 99)</c>.</summary>
internal static partial class AggregateReader
{
    public static readonly string[] Functions = ["count", "sum", "min", "max", "avg", "distinct", "percentile"];

    [GeneratedRegex(@"^\s*([A-Za-z_]+)\s*\((.*)\)\s*$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex Call();

    public static IReadOnlyList<AggregateDefinition> Read(YamlReading r, YamlNode? node)
    {
        var list = new List<AggregateDefinition>();
        if (r.Mapping(node, "aggregate") is not { } map) return list;
        foreach (var (k, v) in map.Children)
        {
            if (r.KeyName(k, "an aggregate's name") is not { } name) continue;
            if (r.Expr(v, $"aggregate '{name}'") is not { } source) continue;
            var m = Call().Match(source.Text);
            if (!m.Success || !Functions.Contains(m.Groups[1].Value))
            {
                var fn = m.Success ? m.Groups[1].Value : source.Text;
                r.Diagnostics.Add("TRI0117", source.Start, $"aggregate '{name}' must be one of {string.Join(", ", Functions.Select(f => f + "(...)"))}",
                    source.Text, DidYouMean.Suggest(fn, Functions));
                continue;
            }
            var function = m.Groups[1].Value;
            var argGroup = m.Groups[2];
            var argText = argGroup.Value;
            double? percentile = null;
            if (function == "percentile")
            {
                var comma = argText.LastIndexOf(',');
                if (comma < 0 || !double.TryParse(argText[(comma + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var p) || p is < 0 or > 100)
                {
                    r.Diagnostics.Add("TRI0117", source.Start, $"aggregate '{name}': percentile(expr, p) needs p between 0 and 100", source.Text);
                    continue;
                }
                percentile = p;
                argText = argText[..comma];
            }
            ExprSource? argument = null;
            if (argText.Trim().Length > 0)
                argument = new ExprSource(argText, source.Locate(argGroup.Index), source.SingleLine);
            else if (function != "count")
            {
                r.Diagnostics.Add("TRI0117", source.Start, $"aggregate '{name}': {function}() needs an expression", source.Text);
                continue;
            }
            list.Add(new AggregateDefinition(name, function, argument, percentile, r.At(k)));
        }
        return list;
    }
}
