using static Analyzer.Rules.Tests.Engine.EngineHarness;

namespace Analyzer.Rules.Tests.Engine;

public sealed class RuleLoadingDiagnosticsTests
{
    private const string Valid = """
        id: TST0001
        title: Big items
        symptom: go-panic
        severity: error
        match:
          i: { fact: EngItem, where: "i.value > 10" }
        message: "{{i.name}} is big"
        """;

    [Fact]
    public void Valid_rule_loads_without_diagnostics()
    {
        var (rules, diagnostics, _) = Load(Valid);
        Assert.Empty(diagnostics.Items);
        Assert.NotNull(rules);
    }

    [Fact]
    public void Unknown_key_is_reported_at_its_line_and_column_with_a_hint()
    {
        var (rules, diagnostics, _) = Load(Valid + "\nseverty: warning\n");
        Assert.Null(rules);
        var d = Assert.Single(diagnostics.Items, d => d.Code == "TRI0101");
        Assert.Equal(("rule1.yaml", 8, 1), (d.Location.File, d.Location.Line, d.Location.Column));
        Assert.Equal("did you mean 'severity'?", d.Hint);
    }

    [Fact]
    public void Misspelt_field_in_where_points_at_the_field()
    {
        var text = Valid.Replace("i.value > 10", "i.valeu > 10", StringComparison.Ordinal);
        var (_, diagnostics, _) = Load(text);
        var d = Assert.Single(diagnostics.Items);
        Assert.Equal("rule1.yaml", d.Location.File);
        Assert.Equal(6, d.Location.Line);
        Assert.Equal(text.Split('\n')[5].IndexOf("valeu", StringComparison.Ordinal) + 1, d.Location.Column);
        Assert.Contains("value", d.Hint ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void All_errors_of_all_files_come_out_in_one_pass()
    {
        var broken = """
            id: bad-id
            title: Broken
            symptom: go-panik
            severity: fatal
            match:
              i: { fact: EngIten }
            message: "{{i.name}}"
            """;
        var (_, diagnostics, _) = Load(broken, Valid.Replace("{{i.name}}", "{{i.nmae}}", StringComparison.Ordinal));
        var codes = diagnostics.Items.Select(d => d.Code).ToList();
        Assert.Contains("TRI0106", codes); // id format
        Assert.Contains("TRI0104", codes); // unknown symptom
        Assert.Contains("TRI0103", codes); // bad severity
        Assert.Contains("TRI0107", codes); // unknown fact type
        Assert.Contains("TRI0112", codes); // template reference in the second file
        Assert.Contains(diagnostics.Items, d => d.Code == "TRI0104" && d.Hint == "did you mean 'go-panic'?");
        Assert.Contains(diagnostics.Items, d => d.Code == "TRI0112" && d.Location.File == "rule2.yaml");
    }

    [Fact]
    public void Yaml_syntax_error_has_a_position()
    {
        var (_, diagnostics, _) = Load("id: TST0001\ntitle: [unclosed\n");
        var d = Assert.Single(diagnostics.Items);
        Assert.Equal("TRI0001", d.Code);
        Assert.True(d.Location.Line >= 2);
    }

    [Fact]
    public void Unused_binding_is_an_error()
    {
        var (_, diagnostics, _) = Load(Valid.Replace("message:", "  l: { fact: EngLink }\nmessage:", StringComparison.Ordinal));
        var d = Assert.Single(diagnostics.Items);
        Assert.Equal("TRI0111", d.Code);
        Assert.Equal(7, d.Location.Line);
    }

    [Fact]
    public void A_binding_read_only_by_the_message_is_used()
    {
        var (rules, diagnostics, _) = Load(Valid
            .Replace("message:", "  l: { fact: EngLink, optional: true }\njoin: [ \"l.from == i.name\" ]\nmessage:", StringComparison.Ordinal));
        Assert.Empty(diagnostics.Items);
        Assert.NotNull(rules);
        var (_, unused, _) = Load(Valid.Replace("message:", "  l: { fact: EngLink, optional: true }\nmessage:", StringComparison.Ordinal)
            .Replace("{{i.name}} is big", "{{i.name}} is big; {{#if l}}linked{{/if}}", StringComparison.Ordinal));
        Assert.Empty(unused.Items);
    }

    [Fact]
    public void Duplicate_ids_and_unknown_config_rules_are_reported()
    {
        var (_, diagnostics, _) = LoadWithConfig("rules:\n  TST0002: { severity: note }\n  TST0001: { params: { nope: 3 } }\n", Valid, Valid);
        Assert.Contains(diagnostics.Items, d => d.Code == "TRI0105");
        Assert.Contains(diagnostics.Items, d => d.Code == "TRI0301" && d.Hint == "did you mean 'TST0001'?");
        Assert.Contains(diagnostics.Items, d => d.Code == "TRI0302");
    }

    [Fact]
    public void Derive_cycles_are_load_errors()
    {
        var a = """
            id: TST0010
            title: a
            match:
              t: { fact: EngTag }
            derive: { fact: EngTag, set: { name: "t.name", total: "t.total" } }
            """;
        var (rules, diagnostics, _) = Load(a);
        Assert.Null(rules);
        Assert.Contains(diagnostics.Items, d => d.Code == "TRI0114");
    }
}
