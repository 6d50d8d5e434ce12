using System.Text.RegularExpressions;
using Analyzer.Rules.Diagnostics;
using Analyzer.Rules.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Analyzer.Rules.Yaml;

/// <summary>
/// YAML → <see cref="RuleDefinition"/>. Checks shape only (keys, value kinds, ids, symptoms); types and names are
/// checked by the compiler against the fact catalog. Never evaluates anything.
/// </summary>
public sealed partial class RuleFileLoader(IReadOnlySet<string> knownSymptoms)
{
    private static readonly string[] RuleKeys =
    [
        "id", "title", "symptom", "severity", "description", "help", "tags", "params", "match", "join", "where",
        "group_by", "order_by", "aggregate", "having", "merge_by", "subjects", "absorbs", "message", "evidence", "next_steps", "derive", "tests",
    ];

    [GeneratedRegex("^[A-Z]{2,8}[0-9]{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    /// <summary>Reads every rule of one file (several YAML documents may hold several rules).</summary>
    public IReadOnlyList<RuleDefinition> Load(string file, string text, DiagnosticBag diagnostics) =>
        Read(file, YamlDocuments.Load(file, text, diagnostics), diagnostics);

    private List<RuleDefinition> Read(string file, YamlStream? stream, DiagnosticBag diagnostics)
    {
        var reading = new YamlReading(file, diagnostics);
        if (stream is null)
            return [];
        var rules = new List<RuleDefinition>();
        foreach (var doc in stream.Documents)
        {
            if (doc.RootNode is YamlScalarNode { Value: null or "" })
                continue;
            if (reading.Mapping(doc.RootNode, "a rule") is { } map && ReadRule(reading, map) is { } rule)
                rules.Add(rule);
        }
        return rules;
    }

    private RuleDefinition? ReadRule(YamlReading r, YamlMappingNode map)
    {
        r.CheckKeys(map, "a rule", RuleKeys);
        var errorsBefore = r.Diagnostics.Items.Count;
        var idNode = r.Scalar(map, "id", "a rule", required: true);
        var id = idNode?.Value ?? "";
        if (idNode is not null && !IdPattern().IsMatch(id))
            r.Diagnostics.Add("TRI0106", r.At(idNode), $"rule id '{id}' must be a family prefix and four digits, e.g. GO0001", id);
        var title = r.String(map, "title", "a rule", required: true) ?? "";
        var derive = ReadDerive(r, r.Get(map, "derive"));
        var symptomNode = r.Scalar(map, "symptom", "a rule", required: derive is null);
        var symptom = symptomNode?.Value;
        if (symptomNode is not null && symptom is not null && !knownSymptoms.Contains(symptom))
            r.Diagnostics.Add("TRI0104", r.At(symptomNode), $"'{symptom}' is not a symptom of the vocabulary", symptom,
                DidYouMean.Suggest(symptom, knownSymptoms));
        var severity = ReadSeverity(r, r.Scalar(map, "severity", "a rule", required: derive is null)) ?? Severity.Warning;
        var message = r.Template(r.Get(map, "message"), "message");
        if (derive is null && message is null)
            r.Diagnostics.Add("TRI0102", r.At(map), "a rule needs 'message' (or 'derive' for a rule that produces facts)");
        var match = ReadMatch(r, r.Get(map, "match"));
        if (match.Count == 0 && r.Get(map, "match") is null)
            r.Diagnostics.Add("TRI0102", r.At(map), "a rule needs 'match' with at least one binding");

        var rule = new RuleDefinition
        {
            Id = id,
            Title = title,
            Symptom = symptom,
            Severity = severity,
            Description = r.String(map, "description", "a rule"),
            Help = r.String(map, "help", "a rule"),
            Tags = r.Sequence(r.Get(map, "tags"), "tags").OfType<YamlScalarNode>().Select(s => s.Value ?? "").ToList(),
            Params = ParamReader.Read(r, r.Get(map, "params")),
            Match = match,
            Join = r.Sequence(r.Get(map, "join"), "join").Select(n => r.Expr(n, "a join")).OfType<ExprSource>().ToList(),
            Where = r.Expr(r.Get(map, "where"), "where"),
            GroupBy = r.Sequence(r.Get(map, "group_by"), "group_by").Select(n => r.Expr(n, "a group_by key")).OfType<ExprSource>().ToList(),
            OrderBy = r.Sequence(r.Get(map, "order_by"), "order_by").Select(n => r.Expr(n, "an order_by key")).OfType<ExprSource>().ToList(),
            Aggregates = AggregateReader.Read(r, r.Get(map, "aggregate")),
            Having = r.Expr(r.Get(map, "having"), "having"),
            MergeBy = r.Sequence(r.Get(map, "merge_by"), "merge_by").Select(n => r.Expr(n, "a merge_by key")).OfType<ExprSource>().ToList(),
            Subjects = r.Sequence(r.Get(map, "subjects"), "subjects").Select(n => r.Expr(n, "a subject")).OfType<ExprSource>().ToList(),
            Absorbs = ReadAbsorbs(r, r.Get(map, "absorbs")),
            Message = message,
            Evidence = ReadEvidence(r, r.Get(map, "evidence")),
            NextSteps = r.Sequence(r.Get(map, "next_steps"), "next_steps").Select(n => r.Template(n, "a next step")).OfType<TemplateSource>().ToList(),
            Derive = derive,
            Tests = RuleTestReader.Read(r, r.Get(map, "tests")),
            File = r.File,
            Location = r.At(map),
        };
        return r.Diagnostics.Items.Count > errorsBefore && idNode is null ? null : rule;
    }

    private static List<RuleReference> ReadAbsorbs(YamlReading r, YamlNode? node)
    {
        var result = new List<RuleReference>();
        foreach (var item in r.Sequence(node, "absorbs"))
        {
            if (item is YamlScalarNode { Value: { Length: > 0 } id })
                result.Add(new RuleReference(id, r.At(item)));
            else
                r.Diagnostics.Add("TRI0103", r.At(item), "each item of absorbs must be a rule id, e.g. LNX0001");
        }
        return result;
    }

    private static Severity? ReadSeverity(YamlReading r, YamlScalarNode? node)
    {
        if (node?.Value is null) return null;
        if (SeverityText.TryParse(node.Value, out var severity)) return severity;
        r.Diagnostics.Add("TRI0103", r.At(node), $"severity '{node.Value}' must be error, warning or note", node.Value,
            DidYouMean.Suggest(node.Value, ["error", "warning", "note"]));
        return null;
    }

    private static List<BindingDefinition> ReadMatch(YamlReading r, YamlNode? node)
    {
        var bindings = new List<BindingDefinition>();
        if (r.Mapping(node, "match") is not { } map) return bindings;
        foreach (var (keyNode, valueNode) in map.Children)
        {
            if (r.KeyName(keyNode, "a binding's name") is not { } name) continue;
            if (!Identifier().IsMatch(name) || name == "params")
                r.Diagnostics.Add("TRI0103", r.At(keyNode), $"binding name '{name}' must be an identifier (and not 'params')", name);
            if (r.Mapping(valueNode, $"binding '{name}'") is not { } b) continue;
            r.CheckKeys(b, $"binding '{name}'", "fact", "where", "optional", "not");
            var factNode = r.Scalar(b, "fact", $"binding '{name}'", required: true);
            var optional = r.Bool(r.Scalar(b, "optional", $"binding '{name}'"), "optional") ?? false;
            var not = r.Bool(r.Scalar(b, "not", $"binding '{name}'"), "not") ?? false;
            if (optional && not)
                r.Diagnostics.Add("TRI0103", r.At(b), $"binding '{name}' cannot be both optional and not");
            var kind = not ? BindingKind.Not : optional ? BindingKind.Optional : BindingKind.Required;
            bindings.Add(new BindingDefinition(name, factNode?.Value ?? "", kind, r.Expr(r.Get(b, "where"), "where"),
                r.At(keyNode), factNode is null ? r.At(b) : r.At(factNode)));
        }
        return bindings;
    }

    private static List<EvidenceDefinition> ReadEvidence(YamlReading r, YamlNode? node)
    {
        var list = new List<EvidenceDefinition>();
        foreach (var item in r.Sequence(node, "evidence"))
        {
            if (item is YamlScalarNode s)
            {
                list.Add(new EvidenceDefinition(s.Value ?? "", 3, r.At(s)));
                continue;
            }
            if (r.Mapping(item, "an evidence entry") is not { } map) continue;
            r.CheckKeys(map, "an evidence entry", "from", "limit");
            var from = r.Scalar(map, "from", "an evidence entry", required: true);
            var limit = r.Int(r.Scalar(map, "limit", "an evidence entry"), "limit") ?? 3;
            list.Add(new EvidenceDefinition(from?.Value ?? "", limit, from is null ? r.At(map) : r.At(from)));
        }
        return list;
    }

    private static DeriveDefinition? ReadDerive(YamlReading r, YamlNode? node)
    {
        if (r.Mapping(node, "derive") is not { } map) return null;
        r.CheckKeys(map, "derive", "fact", "set");
        var fact = r.Scalar(map, "fact", "derive", required: true);
        var fields = new List<(string, ExprSource)>();
        if (r.Mapping(r.Get(map, "set"), "derive.set") is { } set)
            foreach (var (k, v) in set.Children)
                if (r.KeyName(k, "a derived field's name") is { } field && r.Expr(v, "a derived field") is { } expr)
                    fields.Add((field, expr));
        return new DeriveDefinition(fact?.Value ?? "", fields, r.At(map));
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$", RegexOptions.CultureInvariant)]
    internal static partial Regex Identifier();
}
