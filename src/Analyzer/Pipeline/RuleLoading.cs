using Analyzer.Rules.Config;
using Analyzer.Rules.Diagnostics;
using Analyzer.Rules.Engine;
using Analyzer.Rules.Model;
using Analyzer.Rules.Yaml;
using Analyzer.Vocabulary;

namespace Analyzer.Pipeline;

/// <summary>Loads rule directories and an optional config file against this analyzer's catalog and vocabulary.</summary>
public static class RuleLoading
{
    public sealed record Loaded(IReadOnlyList<RuleDefinition> Definitions, RuleConfig Config, RuleSet? Rules, DiagnosticBag Diagnostics)
    {
        /// <summary>The rule packs the definitions were read from.</summary>
        public IReadOnlyList<RulePack> Packs { get; init; } = [];

        /// <summary>
        /// The report's rules digest of the files the rules came from: the one their pack stored when it was written,
        /// when all of them came from one pack that matched them; otherwise computed from the files.
        /// </summary>
        public string RulesDigest()
        {
            var files = Definitions.Select(d => d.File).ToList();
            return Packs.Count == 1 && RuleFilesDigest.SameFiles(Packs[0].RuleFiles, files) ? Packs[0].FilesDigest : RuleFilesDigest.Of(files);
        }
    }

    /// <param name="verify">Build every template and pattern now (rule authoring, user rules); an analysis builds them on first use.</param>
    /// <param name="usePacks">Read a directory from its rule pack when the pack matches its files (an analysis: the
    /// rules' embedded tests are not read).</param>
    /// <param name="builtin">The program's built-in rules (read first), or null.</param>
    public static Loaded Load(IEnumerable<string> ruleDirectories, string? configFile = null, string? displayRoot = null, bool verify = false,
        bool usePacks = false, RulePack? builtin = null)
    {
        var diagnostics = new DiagnosticBag();
        var packed = new HashSet<string>(StringComparer.Ordinal);
        var packs = new List<RulePack>();
        var definitions = RuleSet.Read(ruleDirectories, Symptoms.All, diagnostics, displayRoot, usePacks, packed, packs, builtin);
        var config = configFile is null ? RuleConfig.Empty : RuleConfig.Load(configFile, File.ReadAllText(configFile), diagnostics);
        // A pack certifies that its files passed `rules check` under this build (`rules pack` refuses others), so an
        // analysis compiles their expressions and templates only for the rules it evaluates. Anything read as text,
        // and every rule when verifying, is compiled now, so a broken rule is a load error at file:line:col.
        var rules = RuleSet.Compile(definitions, BundleFactReader.Catalog, config, diagnostics, EnumeratedVocabulary.Fields,
            deferred: verify ? null : d => packed.Contains(d.File));
        if (verify)
            rules?.Verify(diagnostics);
        return new Loaded(definitions, config, diagnostics.HasErrors ? null : rules, diagnostics) { Packs = packs };
    }
}
