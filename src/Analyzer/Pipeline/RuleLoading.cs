using Analyzer.Rules.Config;
using Analyzer.Rules.Diagnostics;
using Analyzer.Rules.Engine;
using Analyzer.Rules.Model;
using Analyzer.Vocabulary;

namespace Analyzer.Pipeline;

/// <summary>Loads rule directories and an optional config file against this analyzer's catalog and vocabulary.</summary>
public static class RuleLoading
{
    public sealed record Loaded(IReadOnlyList<RuleDefinition> Definitions, RuleConfig Config, RuleSet? Rules, DiagnosticBag Diagnostics);

    /// <param name="verify">Build every template and pattern now (rule authoring, user rules); an analysis builds them on first use.</param>
    public static Loaded Load(IEnumerable<string> ruleDirectories, string? configFile = null, string? displayRoot = null, bool verify = false)
    {
        var diagnostics = new DiagnosticBag();
        var definitions = RuleSet.Read(ruleDirectories, Symptoms.All, diagnostics, displayRoot);
        var config = configFile is null ? RuleConfig.Empty : RuleConfig.Load(configFile, File.ReadAllText(configFile), diagnostics);
        var rules = RuleSet.Compile(definitions, BundleFactReader.Catalog, config, diagnostics, EnumeratedVocabulary.Fields);
        if (verify)
            rules?.Verify(diagnostics);
        return new Loaded(definitions, config, diagnostics.HasErrors ? null : rules, diagnostics);
    }
}
