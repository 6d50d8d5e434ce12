using System.Globalization;
using Analyzer.Rules.Diagnostics;
using Analyzer.Rules.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Analyzer.Rules.Yaml;

/// <summary>
/// Small helpers over YamlDotNet's node model that keep file positions and report shape errors into a bag
/// instead of throwing, so one pass finds every problem of a file.
/// </summary>
internal sealed class YamlReading(string file, DiagnosticBag diagnostics)
{
    public string File { get; } = file;
    public DiagnosticBag Diagnostics { get; } = diagnostics;

    public SourceLocation At(YamlNode node) => new(File, (int)node.Start.Line, (int)node.Start.Column);

    /// <summary>Reports keys of <paramref name="map"/> that are not in <paramref name="known"/>, with a hint.</summary>
    public void CheckKeys(YamlMappingNode map, string context, params string[] known)
    {
        foreach (var key in map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!known.Contains(name, StringComparer.Ordinal))
                Diagnostics.Add("TRI0101", At(key), $"unknown key '{name}' in {context}", name,
                    DidYouMean.Suggest(name, known) ?? $"expected one of: {string.Join(", ", known)}");
        }
    }

    /// <summary>
    /// The name a mapping key gives. YAML allows any node as a key (`[a]: 1`, `? {b: c}`); every key of a rule file
    /// is a name, so a collection is TRI0103 at its line and null (the caller skips the entry).
    /// </summary>
    public string? KeyName(YamlNode key, string what)
    {
        if (key is YamlScalarNode scalar) return scalar.Value ?? "";
        Diagnostics.Add("TRI0103", At(key), $"{what} is a word, as in 'name: value', not a list or mapping");
        return null;
    }

    public YamlNode? Get(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public YamlScalarNode? Scalar(YamlMappingNode map, string key, string context, bool required = false)
    {
        var node = Get(map, key);
        if (node is null)
        {
            if (required)
                Diagnostics.Add("TRI0102", At(map), $"{context} needs '{key}'");
            return null;
        }
        if (node is YamlScalarNode scalar)
            return scalar;
        Diagnostics.Add("TRI0103", At(node), $"'{key}' in {context} must be a single value");
        return null;
    }

    public string? String(YamlMappingNode map, string key, string context, bool required = false) =>
        Scalar(map, key, context, required)?.Value;

    public YamlMappingNode? Mapping(YamlNode? node, string context)
    {
        if (node is null) return null;
        if (node is YamlMappingNode m) return m;
        Diagnostics.Add("TRI0103", At(node), $"{context} must be a mapping (key: value)");
        return null;
    }

    public IReadOnlyList<YamlNode> Sequence(YamlNode? node, string context)
    {
        if (node is null) return [];
        if (node is YamlSequenceNode seq) return seq.Children.ToList();
        if (node is YamlScalarNode) return [node]; // a single item may be written without a list
        Diagnostics.Add("TRI0103", At(node), $"{context} must be a list");
        return [];
    }

    public int? Int(YamlScalarNode? node, string context)
    {
        if (node?.Value is null) return null;
        if (int.TryParse(node.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v)) return v;
        Diagnostics.Add("TRI0103", At(node), $"{context} must be a whole number", node.Value);
        return null;
    }

    public bool? Bool(YamlScalarNode? node, string context)
    {
        if (node?.Value is null) return null;
        if (bool.TryParse(node.Value, out var v)) return v;
        Diagnostics.Add("TRI0103", At(node), $"{context} must be true or false", node.Value);
        return null;
    }

    /// <summary>An expression scalar, with the position of its first character for column-exact diagnostics.</summary>
    public ExprSource? Expr(YamlNode? node, string context)
    {
        if (node is null) return null;
        if (node is not YamlScalarNode { Value: not null } scalar)
        {
            Diagnostics.Add("TRI0103", At(node), $"{context} must be an expression string");
            return null;
        }
        var start = At(scalar);
        var quoted = scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted;
        var singleLine = scalar.Style is ScalarStyle.Plain or ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted
                         && scalar.Start.Line == scalar.End.Line;
        return new ExprSource(scalar.Value, quoted ? start.Offset(1) : start, singleLine);
    }

    public TemplateSource? Template(YamlNode? node, string context)
    {
        if (node is null) return null;
        if (node is YamlScalarNode { Value: not null } scalar)
            return new TemplateSource(scalar.Value, At(scalar));
        Diagnostics.Add("TRI0103", At(node), $"{context} must be text");
        return null;
    }

    /// <summary>
    /// Converts a YAML value to plain CLR data (string, list, dictionary) for inline test facts. Keys of nested
    /// mappings are field names, plain words: a collection as a key (`? {a: b}`, `[a]: 1`) is TRI0103 and left out.
    /// </summary>
    public object? Plain(YamlNode node) => node switch
    {
        YamlScalarNode s => s.Value,
        YamlSequenceNode seq => seq.Children.Select(Plain).ToList(),
        YamlMappingNode map => PlainMapping(map),
        _ => null,
    };

    private Dictionary<string, object?> PlainMapping(YamlMappingNode map)
    {
        var fields = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in map.Children)
            if (KeyName(key, "a field name") is { } name)
                fields[name] = Plain(value);
        return fields;
    }
}
