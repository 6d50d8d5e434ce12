using Analyzer.Rules.Config;
using Analyzer.Rules.Diagnostics;
using Analyzer.Rules.Engine;
using Analyzer.Rules.Facts;
using Analyzer.Rules.Model;
using Analyzer.Rules.Yaml;

namespace Analyzer.Rules.Tests.Engine;

/// <summary>Loads rules from inline YAML text and evaluates them over given facts.</summary>
internal static class EngineHarness
{
    public static readonly FactCatalog Catalog = FactCatalog.FromAssemblies(typeof(EngItem).Assembly);
    public static readonly IReadOnlySet<string> Symptoms = new HashSet<string> { "go-panic", "go-lock-contention", "go-goroutine-leak" };

    public static (RuleSet? Rules, DiagnosticBag Diagnostics, IReadOnlyList<RuleDefinition> Definitions) Load(params string[] yamlFiles) =>
        LoadWithConfig(null, yamlFiles);

    public static (RuleSet? Rules, DiagnosticBag Diagnostics, IReadOnlyList<RuleDefinition> Definitions) LoadWithConfig(string? config, params string[] yamlFiles) =>
        LoadWith(config, EnumeratedFields.None, yamlFiles);

    public static (RuleSet? Rules, DiagnosticBag Diagnostics, IReadOnlyList<RuleDefinition> Definitions) LoadWith(string? config, EnumeratedFields enumerated, params string[] yamlFiles)
    {
        var diagnostics = new DiagnosticBag();
        var loader = new RuleFileLoader(Symptoms);
        var definitions = yamlFiles.SelectMany((text, i) => loader.Load($"rule{i + 1}.yaml", text, diagnostics)).ToList();
        var cfg = config is null ? RuleConfig.Empty : RuleConfig.Load("triage.yaml", config, diagnostics);
        var rules = RuleSet.Compile(definitions, Catalog, cfg, diagnostics, enumerated);
        return (diagnostics.HasErrors ? null : rules, diagnostics, definitions);
    }

    public static EvaluationResult Run(RuleSet rules, params IFact[] facts) =>
        Evaluator.Evaluate(rules, new FactSet(Catalog, facts, facts.Select(f => Catalog.Get(f.GetType()).Source)));

    public static EngItem Item(string name, string group, long value, int line = 1, int waitMinutes = 0) => new()
    {
        Provenance = new Provenance("items.txt", line, line, $"item {name}"),
        Name = name,
        Group = group,
        Value = value,
        Wait = TimeSpan.FromMinutes(waitMinutes),
    };

    public static EngLink Link(string from, string to, int line = 1) => new()
    {
        Provenance = new Provenance("links.txt", line),
        From = from,
        To = to,
    };
}
