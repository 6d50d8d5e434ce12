using System.Xml.Linq;
using Analyzer.Pipeline;
using Analyzer.Tests.Support;

namespace Analyzer.Tests.Cli;

/// <summary>Issue 12.5 through the real process: rules check on test facts, bundles beside the rule, --junit, docs/facts.md.</summary>
public sealed class RuleAuthoringTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("triage-authoring-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Rules(string yaml)
    {
        var rules = Directory.CreateDirectory(Path.Combine(_dir, "rules")).FullName;
        File.WriteAllText(Path.Combine(rules, "t.yaml"), yaml);
        return rules;
    }

    private const string Head = """
        id: GO9999
        title: T
        symptom: go-panic
        severity: error
        match:
          p: { fact: GoPanic }
        message: "x"
        tests:

        """;

    [Fact]
    public void Rules_check_reports_unknown_test_fact_types_and_fields_at_line_and_column()
    {
        var rules = Rules(Head + """
              - name: typo in a field
                facts:
                  - GoPanic: { mesage: boom }
                expect: { fires: 1 }
              - name: typo in a type
                facts:
                  - GoPanik: { message: boom }
                expect: { fires: 1 }
              - name: a count that is no number
                facts:
                  - GoroutineGroup: { count: many }
                expect: { fires: 0 }
            """);
        var r = TriageProcess.Run("rules", "check", "--rules", rules);
        Assert.Equal(2, r.ExitCode);
        Assert.Matches(@"t\.yaml:11:9: error TRI0203: 'mesage' is not a field of GoPanic\n.*\n *hint: did you mean 'message'\?", r.Stderr);
        Assert.Matches(@"t\.yaml:15:9: error TRI0107: unknown fact type 'GoPanik'\n.*\n *hint: did you mean 'GoPanic'\?", r.Stderr);
        Assert.Matches(@"t\.yaml:19:9: error TRI0204: GoroutineGroup\.count: 'many' is not an int\n", r.Stderr);
        Assert.Contains("triage: 3 errors in the rules.", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_test_bundle_is_found_beside_the_rule_file_first_and_repo_paths_still_work()
    {
        var rules = Rules(Head + """
              - name: sample beside the rule
                bundle: samples/panic
                expect: { fires: 1 }
              - name: repository fixture
                bundle: fixtures/go-nil-panic
                expect: { fires: 1 }
            """);
        var sample = Directory.CreateDirectory(Path.Combine(rules, "samples", "panic")).FullName;
        File.Copy(Path.Combine(RepoPaths.Fixtures, "go-nil-panic", "stderr.txt"), Path.Combine(sample, "stderr.txt"));
        // The repository's fixtures/ is found from the second rules directory when the first lies elsewhere.
        var r = TriageProcess.Run("rules", "test", "--rules", rules, "--rules", RepoPaths.Rules);
        Assert.Contains("PASS GO9999 sample beside the rule", r.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("FAIL", r.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, r.ExitCode);
    }

    [Fact]
    public void Rules_test_writes_junit_xml()
    {
        var rules = Rules(Head + """
              - name: passes
                facts:
                  - GoPanic: { message: boom }
                expect: { fires: 1 }
              - name: fails
                facts: []
                expect: { fires: 1 }
            """);
        var junit = Path.Combine(_dir, "results.xml");
        var r = TriageProcess.Run("rules", "test", "--rules", rules, "--junit", junit);
        Assert.Equal(1, r.ExitCode);
        var xml = XDocument.Load(junit);
        Assert.Equal("2", xml.Root!.Attribute("tests")!.Value);
        Assert.Equal("1", xml.Root.Attribute("failures")!.Value);
        var cases = xml.Descendants("testcase").ToList();
        Assert.Equal(["passes", "fails"], cases.Select(c => c.Attribute("name")!.Value));
        Assert.Null(cases[0].Element("failure"));
        Assert.Contains("expected 1 result(s), got 0", cases[1].Element("failure")!.Attribute("message")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Fact_reference_is_current_and_names_every_fact_and_field()
    {
        var r = TriageProcess.Run("rules", "facts");
        Assert.Equal(0, r.ExitCode);
        foreach (var type in BundleFactReader.Catalog.Types)
        {
            Assert.Contains($"\n## {type.Name}\n", r.Stdout, StringComparison.Ordinal);
            foreach (var field in type.Shape.Fields.Keys)
                Assert.Contains($"| `{field}` |", r.Stdout, StringComparison.Ordinal);
        }
        Approval.Verify(Path.Combine(RepoPaths.Root, "docs", "facts.md"), r.Stdout);
    }
}
