using System.Text;
using System.Text.Json;
using Analyzer.Reporting;
using Analyzer.Reporting.Sarif;
using Analyzer.Tests.Support;
using Json.Schema;

namespace Analyzer.Tests.Reports;

/// <summary>
/// Every fixture's SARIF is valid SARIF 2.1.0 (the official schema, kept beside this test so a fresh clone can run it)
/// and carries what GitHub code scanning reads: rule ids with short descriptions, a message, a physical location with
/// a relative URI, a level and a fingerprint per result.
/// </summary>
public sealed class SarifReportTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        SchemaCheck.Load(Path.Combine(RepoPaths.Root, "tests", "Analyzer.Tests", "Reports", "Schemas", "sarif-schema-2.1.0.json"), draft4: true));

    public static TheoryData<string> Fixtures() => FixtureReports.Names();

    private static string Sarif(ReportModel report)
    {
        using var buffer = new MemoryStream();
        SarifReportWriter.Write(report, buffer);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Sarif_validates_against_the_official_schema(string fixture)
    {
        var errors = SchemaCheck.Errors(Schema.Value, Sarif(FixtureReports.Of(fixture)));
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(20)));
    }

    [Fact]
    public void The_schema_check_rejects_what_sarif_does_not_allow()
    {
        var sarif = Sarif(FixtureReports.Of("go-lock-hang"));
        Assert.Empty(SchemaCheck.Errors(Schema.Value, sarif));
        Assert.NotEmpty(SchemaCheck.Errors(Schema.Value, sarif.Replace("\"level\": \"error\"", "\"level\": \"fatal\"", StringComparison.Ordinal)));
        Assert.NotEmpty(SchemaCheck.Errors(Schema.Value, sarif.Replace("\"startLine\": ", "\"startLine\": -", StringComparison.Ordinal)));
        Assert.NotEmpty(SchemaCheck.Errors(Schema.Value, sarif.Replace("\"version\": \"2.1.0\"", "\"version\": \"2.0.0\"", StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Sarif_has_what_github_code_scanning_needs(string fixture)
    {
        var report = FixtureReports.Of(fixture);
        using var doc = JsonDocument.Parse(Sarif(report));
        var run = Assert.Single(doc.RootElement.GetProperty("runs").EnumerateArray());
        Assert.Equal("2.1.0", doc.RootElement.GetProperty("version").GetString());
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("triage", driver.GetProperty("name").GetString());
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        Assert.NotEmpty(rules);
        foreach (var rule in rules)
        {
            Assert.Matches("^[A-Z]+[0-9]+$", rule.GetProperty("id").GetString());
            Assert.False(string.IsNullOrWhiteSpace(rule.GetProperty("shortDescription").GetProperty("text").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(rule.GetProperty("help").GetProperty("text").GetString()));
        }
        Assert.Equal(rules.Count, rules.Select(r => r.GetProperty("id").GetString()).Distinct().Count());

        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(report.Findings.Count, results.Count);
        var fingerprints = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (result, finding) in results.Zip(report.Findings))
        {
            var ruleId = result.GetProperty("ruleId").GetString();
            Assert.Equal(finding.RuleId, ruleId);
            Assert.Equal(ruleId, rules[result.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
            Assert.Contains(result.GetProperty("level").GetString(), new[] { "error", "warning", "note" });
            Assert.False(string.IsNullOrWhiteSpace(result.GetProperty("message").GetProperty("text").GetString()));
            var location = Assert.Single(result.GetProperty("locations").EnumerateArray());
            var physical = location.GetProperty("physicalLocation");
            var uri = physical.GetProperty("artifactLocation").GetProperty("uri").GetString()!;
            Assert.True(Uri.TryCreate(uri, UriKind.Relative, out _), $"{uri} is not a relative URI");
            Assert.False(uri.StartsWith('/'), uri);
            Assert.Equal(SarifReportWriter.BundleBase, physical.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
            Assert.Equal(finding.Evidence[0].Path, Uri.UnescapeDataString(uri));
            if (finding.Evidence[0].Line is { } line)
                Assert.Equal(line, physical.GetProperty("region").GetProperty("startLine").GetInt32());
            Assert.True(fingerprints.Add(result.GetProperty("partialFingerprints").GetProperty(SarifReportWriter.FingerprintKey).GetString()!));
        }

        var properties = run.GetProperty("properties");
        Assert.Equal(report.Verdict, properties.GetProperty("verdict").GetString());
        Assert.Equal(report.VerdictReason, properties.GetProperty("verdictReason").GetString());
        Assert.Equal(report.Gaps.Count, properties.GetProperty("incomplete").GetArrayLength());
        Assert.Equal(report.Inputs.Count, properties.GetProperty("inventory").GetArrayLength());
    }

    [Fact]
    public void Every_shipped_finding_rule_has_one_descriptor_with_its_severity()
    {
        using var doc = JsonDocument.Parse(Sarif(FixtureReports.Of("go-lock-hang")));
        var rules = doc.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules")
            .EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!);
        var findingRules = ShippedRules.Rules.Definitions.Where(d => d.IsFindingRule).ToList();
        Assert.Equal(findingRules.Select(d => d.Id).Order(StringComparer.Ordinal), rules.Keys.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(rules.Keys, id => id.StartsWith("VRD", StringComparison.Ordinal)); // verdict rules derive, never report
        var go1 = rules["GO0001"];
        Assert.Equal("error", go1.GetProperty("defaultConfiguration").GetProperty("level").GetString());
        var help = go1.GetProperty("help").GetProperty("text").GetString()!;
        Assert.StartsWith("Many goroutines, or goroutines for a long time", help, StringComparison.Ordinal);
        Assert.Contains("Do not hold a mutex across channel operations", help, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", help, StringComparison.Ordinal); // next steps that vary per finding stay with the results
        Assert.Contains("go-lock-contention", go1.GetProperty("properties").GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public void Bundle_paths_become_relative_uris_that_keep_odd_names_whole()
    {
        Assert.Equal("var/log/kern.log", SarifUri.Of("var/log/kern.log"));
        Assert.Equal("logs/my%20app%231.log", SarifUri.Of("logs/my app#1.log"));
        Assert.Equal("c%3A/x.txt", SarifUri.Of("c:/x.txt")); // never read as a scheme
    }
}
