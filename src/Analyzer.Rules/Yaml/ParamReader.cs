using System.Globalization;
using Analyzer.Rules.Diagnostics;
using Analyzer.Rules.Expressions;
using Analyzer.Rules.Model;
using YamlDotNet.RepresentationModel;

namespace Analyzer.Rules.Yaml;

/// <summary>Reads <c>params:</c> — <c>name: { type: duration, default: 5m, description: ... }</c>.</summary>
internal static class ParamReader
{
    private static readonly Dictionary<string, ExprType> Types = new(StringComparer.Ordinal)
    {
        ["int"] = ExprType.Int,
        ["double"] = ExprType.Double,
        ["string"] = ExprType.String,
        ["bool"] = ExprType.Bool,
        ["duration"] = ExprType.Duration,
    };

    public static IReadOnlyList<ParamDefinition> Read(YamlReading r, YamlNode? node)
    {
        var list = new List<ParamDefinition>();
        if (r.Mapping(node, "params") is not { } map) return list;
        foreach (var (k, v) in map.Children)
        {
            if (r.KeyName(k, "a param's name") is not { } name) continue;
            if (r.Mapping(v, $"param '{name}'") is not { } p) continue;
            r.CheckKeys(p, $"param '{name}'", "type", "default", "description");
            var typeNode = r.Scalar(p, "type", $"param '{name}'", required: true);
            var defaultNode = r.Scalar(p, "default", $"param '{name}'", required: true);
            if (typeNode?.Value is null || defaultNode?.Value is null) continue;
            if (!Types.TryGetValue(typeNode.Value, out var type))
            {
                r.Diagnostics.Add("TRI0103", r.At(typeNode), $"param type '{typeNode.Value}' is not one of {string.Join(", ", Types.Keys)}",
                    typeNode.Value, DidYouMean.Suggest(typeNode.Value, Types.Keys));
                continue;
            }
            if (TryConvert(defaultNode.Value, type) is not { } value)
            {
                r.Diagnostics.Add("TRI0116", r.At(defaultNode), $"default '{defaultNode.Value}' of param '{name}' is not {Article.With(type.Name)}", defaultNode.Value);
                continue;
            }
            list.Add(new ParamDefinition(name, type, value, r.String(p, "description", $"param '{name}'"), r.At(k)));
        }
        return list;
    }

    /// <summary>Converts a scalar's text to the CLR value of a param type, or null when it does not fit.</summary>
    public static object? TryConvert(string text, ExprType type)
    {
        if (type == ExprType.Int)
            return long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) ? l : null;
        if (type == ExprType.Double)
            return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;
        if (type == ExprType.Bool)
            return bool.TryParse(text, out var b) ? b : null;
        if (type == ExprType.Duration)
            return DurationText.TryParse(text, out var t) ? t : null;
        return text;
    }
}
