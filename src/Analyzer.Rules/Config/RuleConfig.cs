using Analyzer.Rules.Diagnostics;
using Analyzer.Rules.Model;
using Analyzer.Rules.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Analyzer.Rules.Config;

/// <summary>
/// Tuning apart from detection (rule-language.md, principle 4). A config file overrides severity, enablement and
/// params per rule id; precedence: config file &gt; the rule's own defaults.
/// <code>
/// rules:
///   GO0001: { severity: warning, params: { min_waiters: 20 } }
///   GO0003: { enabled: false }
/// </code>
/// </summary>
public sealed class RuleConfig
{
    public static RuleConfig Empty { get; } = new(new Dictionary<string, RuleOverride>());

    private RuleConfig(IReadOnlyDictionary<string, RuleOverride> rules) => Rules = rules;

    public IReadOnlyDictionary<string, RuleOverride> Rules { get; }

    /// <summary>A copy with one rule's override replaced (rule tests use it to set params).</summary>
    public RuleConfig With(string ruleId, RuleOverride rule) =>
        new(new Dictionary<string, RuleOverride>(Rules, StringComparer.Ordinal) { [ruleId] = rule });

    public static RuleConfig Load(string file, string text, DiagnosticBag diagnostics)
    {
        var r = new YamlReading(file, diagnostics);
        if (YamlDocuments.Load(file, text, diagnostics) is not { } stream)
            return Empty;
        var rules = new Dictionary<string, RuleOverride>(StringComparer.Ordinal);
        if (stream.Documents.Count == 0 || r.Mapping(stream.Documents[0].RootNode, "a config file") is not { } root)
            return new RuleConfig(rules);
        r.CheckKeys(root, "a config file", "rules");
        if (r.Mapping(r.Get(root, "rules"), "rules") is not { } map)
            return new RuleConfig(rules);
        foreach (var (k, v) in map.Children)
        {
            if (r.KeyName(k, "a rule id") is not { } id) continue;
            if (r.Mapping(v, $"rule {id}") is not { } m) continue;
            r.CheckKeys(m, $"rule {id}", "severity", "enabled", "params");
            Severity? severity = null;
            if (r.Scalar(m, "severity", $"rule {id}") is { Value: { } s } sn)
            {
                if (SeverityText.TryParse(s, out var parsed)) severity = parsed;
                else r.Diagnostics.Add("TRI0103", r.At(sn), $"severity '{s}' must be error, warning or note", s);
            }
            var enabled = r.Bool(r.Scalar(m, "enabled", $"rule {id}"), "enabled");
            var parameters = new Dictionary<string, (string, SourceLocation)>(StringComparer.Ordinal);
            if (r.Mapping(r.Get(m, "params"), "params") is { } p)
                foreach (var (pk, pv) in p.Children)
                    if (r.KeyName(pk, "a param's name") is { } param && pv is YamlScalarNode { Value: { } value })
                        parameters[param] = (value, r.At(pv));
            rules[id] = new RuleOverride(severity, enabled, parameters, r.At(k));
        }
        return new RuleConfig(rules);
    }
}
