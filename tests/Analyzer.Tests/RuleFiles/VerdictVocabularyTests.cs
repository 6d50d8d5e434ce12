using Analyzer.Pipeline;
using Analyzer.Tests.Support;

namespace Analyzer.Tests.RuleFiles;

/// <summary>
/// The analyzer hands its vocabularies to the rule engine: a misspelt symptom or verdict in a verdict rule is a load
/// error, not a rule that silently never fires (and a bundle left 'inconclusive').
/// </summary>
public sealed class VerdictVocabularyTests
{
    [Fact]
    public void A_misspelt_symptom_and_verdict_in_a_shipped_verdict_rule_fail_to_load()
    {
        var original = File.ReadAllText(Path.Combine(RepoPaths.Rules, "verdict", "VRD0002-userspace-lockup.yaml"));
        var broken = original
            .Replace("'go-channel-block'", "'go-chanel-block'", StringComparison.Ordinal)
            .Replace("\"'userspace-lockup'\"", "\"'userspace-lockp'\"", StringComparison.Ordinal);
        Assert.NotEqual(original, broken);
        var dir = Directory.CreateTempSubdirectory("triage-vocab-");
        try
        {
            var file = Path.Combine(dir.FullName, "VRD0002-userspace-lockup.yaml");
            File.WriteAllText(file, broken);
            var loaded = RuleLoading.Load([dir.FullName], null, dir.FullName);
            Assert.Null(loaded.Rules);
            Assert.Collection(loaded.Diagnostics.Items.OrderBy(d => d.Location.Line),
                d => Assert.Equal(("TRI0211", "did you mean 'go-channel-block'?"), (d.Code, d.Hint)),
                d => Assert.Equal(("TRI0211", "did you mean 'userspace-lockup'?"), (d.Code, d.Hint)));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void An_unknown_input_status_is_a_load_error()
    {
        var dir = Directory.CreateTempSubdirectory("triage-vocab-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "VRD0099-x.yaml"), """
                id: VRD0099
                title: "Verdict: x"
                tags: [verdict]
                match:
                  i: { fact: InputFile, where: "i.status == 'parsd'" }
                aggregate:
                  n: count()
                having: "n > 0"
                derive:
                  fact: VerdictCandidate
                  set: { verdict: "'healthy'", rank: "1", reason: "'x'" }
                """);
            var d = Assert.Single(RuleLoading.Load([dir.FullName], null, dir.FullName).Diagnostics.Items);
            Assert.Equal(("TRI0211", "did you mean 'parsed'?"), (d.Code, d.Hint));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
