using Analyzer.Rules.Facts;
using static Analyzer.Rules.Tests.Engine.EngineHarness;

namespace Analyzer.Rules.Tests.Engine;

/// <summary>
/// String literals compared with (or derived into) an enumerated field are checked at load: a typo there would
/// otherwise match nothing and make a rule silently never fire.
/// </summary>
public sealed class EnumeratedFieldTests
{
    // The engine knows no vocabulary; the host hands one in. Here: the findings' symptoms and a derived tag's name.
    private static readonly EnumeratedFields Vocabulary = new EnumeratedFields()
        .Add("Finding", "symptom", Symptoms)
        .Add("EngTag", "name", ["crash", "lockup", "healthy"]);

    private static string Meta(string where, string name) => $$"""
        id: TST0100
        title: Count findings
        match:
          f: { fact: Finding, where: "{{where}}" }
        aggregate:
          n: count()
        having: "n > 0"
        derive:
          fact: EngTag
          set:
            name: "{{name}}"
            total: "n"
        """;

    private static Diagnostics.DiagnosticBag Diagnose(string rule) => LoadWith(null, Vocabulary, rule).Diagnostics;

    [Fact]
    public void Literals_in_the_vocabulary_load()
    {
        var (rules, diagnostics, _) = LoadWith(null, Vocabulary,
            Meta("f.symptom in ['go-panic', 'go-goroutine-leak'] && f.symptom != 'go-lock-contention'", "n > 1 ? 'crash' : 'lockup'"));
        Assert.Empty(diagnostics.Items);
        Assert.NotNull(rules);
    }

    [Fact]
    public void A_typo_in_an_in_list_is_an_error_at_the_literal_with_a_hint()
    {
        var text = Meta("f.symptom in ['go-panic', 'go-lock-contension']", "'crash'");
        var d = Assert.Single(Diagnose(text).Items);
        Assert.Equal("TRI0211", d.Code);
        Assert.Equal(("rule1.yaml", 4), (d.Location.File, d.Location.Line));
        Assert.Equal(text.Split('\n')[3].IndexOf("'go-lock-contension'", StringComparison.Ordinal) + 1, d.Location.Column);
        Assert.Contains("Finding.symptom", d.Message, StringComparison.Ordinal);
        Assert.Equal("did you mean 'go-lock-contention'?", d.Hint);
    }

    [Theory]
    [InlineData("f.symptom == 'go-panik'")]
    [InlineData("'go-panik' == f.symptom")]
    [InlineData("f.severity == 'error' && f.symptom != 'go-panik'")]
    public void A_typo_compared_with_equality_is_an_error(string where)
    {
        var d = Assert.Single(Diagnose(Meta(where, "'crash'")).Items);
        Assert.Equal("TRI0211", d.Code);
        Assert.Equal("did you mean 'go-panic'?", d.Hint);
    }

    [Theory]
    [InlineData("'lokup'", "did you mean 'lockup'?")]
    [InlineData("n > 1 ? 'crash' : 'lokup'", "did you mean 'lockup'?")]
    [InlineData("'zzzzzzzzzz'", "EngTag.name is one of: crash, healthy, lockup")]
    public void A_typo_in_a_derived_value_is_an_error(string name, string hint)
    {
        var text = Meta("f.symptom == 'go-panic'", name);
        var d = Assert.Single(Diagnose(text).Items);
        Assert.Equal("TRI0211", d.Code);
        Assert.Equal(11, d.Location.Line);
        Assert.Contains("EngTag.name", d.Message, StringComparison.Ordinal);
        Assert.Equal(hint, d.Hint);
    }

    [Theory]
    [InlineData("f.symptom == f.title", "f.title")]
    [InlineData("f.title == 'anything at all' && f.symptom.startsWith('go-')", "'tag-' + f.symptom")]
    [InlineData("f.symptom.contains('gorout')", "f.ruleId")]
    [InlineData("lower(f.symptom) == 'not-a-symptom'", "lower(f.title)")]
    public void Non_literal_or_unrelated_expressions_are_not_checked(string where, string name)
    {
        var (rules, diagnostics, _) = LoadWith(null, Vocabulary, Meta(where, name));
        Assert.Empty(diagnostics.Items);
        Assert.NotNull(rules);
    }

    [Fact]
    public void Without_a_vocabulary_any_literal_loads()
    {
        var (rules, diagnostics, _) = Load(Meta("f.symptom == 'go-panik'", "'lokup'"));
        Assert.Empty(diagnostics.Items);
        Assert.NotNull(rules);
    }
}
