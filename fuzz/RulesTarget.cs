using Analyzer.Pipeline;

namespace Analyzer.Fuzz;

/// <summary>
/// The input as a rule file among the rule folders' layout: loading reports diagnostics for anything wrong (exit 2
/// in `rules check`), it must not throw; templates are compiled too, as `rules check` does.
/// </summary>
internal sealed class RulesTarget : IFuzzTarget
{
    private readonly string folder = Path.Combine(Scratch.Directory, "rules", "go");

    public string Name => "rules";

    public void Run(byte[] input)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, "fuzz.yaml"), input);
        var rules = Path.GetDirectoryName(folder)!;
        _ = RuleLoading.Load([rules], verify: true);
        // The same text through a rule pack: its definitions written, read back and compiled.
        using (var pack = File.Create(Path.Combine(rules, Analyzer.Rules.Yaml.RulePack.FileName)))
            _ = Analyzer.Rules.Yaml.RulePack.Write(rules, Analyzer.Vocabulary.Symptoms.All, pack);
        _ = RuleLoading.Load([rules], usePacks: true);
    }
}
