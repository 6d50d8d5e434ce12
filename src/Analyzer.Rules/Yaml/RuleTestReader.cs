using Analyzer.Rules.Model;
using YamlDotNet.RepresentationModel;

namespace Analyzer.Rules.Yaml;

/// <summary>Reads a rule's embedded <c>tests:</c>.</summary>
internal static class RuleTestReader
{
    public static IReadOnlyList<RuleTestCase> Read(YamlReading r, YamlNode? node)
    {
        var list = new List<RuleTestCase>();
        foreach (var item in r.Sequence(node, "tests"))
        {
            if (r.Mapping(item, "a test") is not { } map) continue;
            r.CheckKeys(map, "a test", "name", "bundle", "facts", "params", "expect");
            var name = r.String(map, "name", "a test", required: true) ?? "(unnamed)";
            var bundle = r.String(map, "bundle", "a test");
            var facts = ReadFacts(r, r.Get(map, "facts"));
            if (bundle is null && r.Get(map, "facts") is null)
                r.Diagnostics.Add("TRI0102", r.At(map), $"test '{name}' needs 'bundle' or 'facts'");
            var parameters = new Dictionary<string, object>(StringComparer.Ordinal);
            if (r.Mapping(r.Get(map, "params"), "test params") is { } p)
                foreach (var (k, v) in p.Children)
                    if (r.KeyName(k, "a test param's name") is { } param && v is YamlScalarNode { Value: { } value })
                        parameters[param] = value;
            var expect = ReadExpect(r, r.Mapping(r.Get(map, "expect"), "expect"), name, map);
            list.Add(new RuleTestCase(name, bundle, facts, parameters, expect, r.At(map)));
        }
        return list;
    }

    private static List<InlineFact> ReadFacts(YamlReading r, YamlNode? node)
    {
        var facts = new List<InlineFact>();
        foreach (var item in r.Sequence(node, "facts"))
        {
            if (item is not YamlMappingNode { Children.Count: 1 } one)
            {
                r.Diagnostics.Add("TRI0103", r.At(item), "an inline fact is written as '- FactType: { field: value, ... }'");
                continue;
            }
            var (typeNode, fieldsNode) = one.Children.First();
            // YAML allows any node as a key ('[a]: 1', '? {b: c}'); a fact type and a field name are plain words.
            if (typeNode is not YamlScalarNode type)
            {
                r.Diagnostics.Add("TRI0103", r.At(typeNode), "an inline fact's type is a word, as in '- FactType: { field: value, ... }'");
                continue;
            }
            var fields = new Dictionary<string, object?>(StringComparer.Ordinal);
            if (r.Mapping(fieldsNode, "inline fact fields") is { } fm)
                foreach (var (key, value) in fm.Children)
                {
                    if (key is YamlScalarNode field)
                        fields[field.Value ?? ""] = r.Plain(value);
                    else
                        r.Diagnostics.Add("TRI0103", r.At(key), "an inline fact's field name is a word, as in '{ field: value }'");
                }
            facts.Add(new InlineFact(type.Value ?? "", fields, r.At(typeNode)));
        }
        return facts;
    }

    private static RuleTestExpectation ReadExpect(YamlReading r, YamlMappingNode? map, string name, YamlMappingNode test)
    {
        if (map is null)
        {
            r.Diagnostics.Add("TRI0102", r.At(test), $"test '{name}' needs 'expect'");
            return new RuleTestExpectation(null, [], [], new Dictionary<string, string>(), null);
        }
        r.CheckKeys(map, "expect", "fires", "message_contains", "evidence", "fields", "outcome");
        var outcome = r.String(map, "outcome", "expect");
        if (outcome is not (null or "fired" or "passed" or "skipped" or "error"))
            r.Diagnostics.Add("TRI0103", r.At(map), $"expected outcome '{outcome}' must be fired, passed, skipped or error");
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        if (r.Mapping(r.Get(map, "fields"), "expect.fields") is { } f)
            foreach (var (k, v) in f.Children)
                if (r.KeyName(k, "an expected field's name") is { } field)
                    fields[field] = (v as YamlScalarNode)?.Value ?? "";
        return new RuleTestExpectation(
            r.Int(r.Scalar(map, "fires", "expect"), "fires"),
            r.Sequence(r.Get(map, "message_contains"), "message_contains").OfType<YamlScalarNode>().Select(s => s.Value ?? "").ToList(),
            r.Sequence(r.Get(map, "evidence"), "evidence").OfType<YamlScalarNode>().Select(s => s.Value ?? "").ToList(),
            fields,
            outcome);
    }
}
