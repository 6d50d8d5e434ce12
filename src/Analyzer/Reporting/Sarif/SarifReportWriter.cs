using System.Text.Json;
using Analyzer.Rules.Engine;
using Analyzer.Rules.Facts;
using Analyzer.Rules.Model;

namespace Analyzer.Reporting.Sarif;

/// <summary>
/// The report as SARIF 2.1.0, for code-scanning tools (GitHub's upload-sarif and others): one run, one rule descriptor
/// per finding rule, one result per finding at its first evidence (the rest as related locations), paths relative to
/// the bundle root (<see cref="BundleBase"/>), and the verdict with what it was drawn from in the run's properties.
/// Written by hand with <see cref="Utf8JsonWriter"/>: no SARIF object model, no reflection.
/// </summary>
public static class SarifReportWriter
{
    /// <summary>The uriBaseId every location is relative to: the bundle's root (inside an archive, its entries' root).</summary>
    public const string BundleBase = "BUNDLE";

    /// <summary>The partialFingerprints key; the "/v1" changes when <see cref="FindingFingerprint"/> does.</summary>
    public const string FingerprintKey = "triageFinding/v1";

    public static void Write(ReportModel report, Stream output)
    {
        using var w = new Utf8JsonWriter(output, JsonReportWriter.Options);
        w.WriteStartObject();
        w.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        w.WriteString("version", "2.1.0");
        w.WriteStartArray("runs");
        w.WriteStartObject();
        var ruleIndex = Tool(w, report);
        w.WriteStartObject("originalUriBaseIds");
        w.WriteStartObject(BundleBase);
        Message(w, "description", $"The root of the bundle {report.Bundle} (inside an archive: the root of its entries).");
        w.WriteEndObject();
        w.WriteEndObject();
        Results(w, report, ruleIndex);
        RunProperties(w, report);
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
        output.WriteByte((byte)'\n');
    }

    /// <summary>Writes tool.driver with its rules; returns each rule's index in them.</summary>
    private static Dictionary<string, int> Tool(Utf8JsonWriter w, ReportModel report)
    {
        // A finding from a rule the descriptors do not know (a report model built without them) still gets one.
        var rules = report.RuleDescriptors.ToList();
        foreach (var f in report.Findings)
            if (!rules.Any(r => r.Id == f.RuleId))
                rules.Add(new RuleDescriptor(f.RuleId, f.Title, f.Symptom, f.Severity, null, f.Help, [], []));
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        w.WriteStartObject("tool");
        w.WriteStartObject("driver");
        w.WriteString("name", "triage");
        w.WriteString("version", report.ToolVersion);
        w.WriteStartArray("rules");
        foreach (var r in rules)
        {
            index[r.Id] = index.Count;
            w.WriteStartObject();
            w.WriteString("id", r.Id);
            Message(w, "shortDescription", r.Title);
            if (r.Description is { Length: > 0 } description) Message(w, "fullDescription", description.Trim());
            w.WriteStartObject("help");
            w.WriteString("text", SarifRuleText.Plain(r));
            w.WriteString("markdown", SarifRuleText.Markdown(r));
            w.WriteEndObject();
            w.WriteStartObject("defaultConfiguration");
            w.WriteString("level", r.Severity.ToText());
            w.WriteEndObject();
            w.WriteStartObject("properties");
            // GitHub shows tags as filters; the symptom is the stable name of the problem, so it is one of them.
            JsonReportWriter.Strings(w, "tags", r.Symptom is { } s ? r.Tags.Append(s).Distinct() : r.Tags);
            if (r.Symptom is { } symptom) w.WriteString("symptom", symptom);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
        return index;
    }

    private static void Results(Utf8JsonWriter w, ReportModel report, Dictionary<string, int> ruleIndex)
    {
        var fingerprints = FindingFingerprint.All(report.Findings);
        w.WriteStartArray("results");
        for (var i = 0; i < report.Findings.Count; i++)
        {
            var f = report.Findings[i];
            w.WriteStartObject();
            w.WriteString("ruleId", f.RuleId);
            w.WriteNumber("ruleIndex", ruleIndex[f.RuleId]);
            w.WriteString("level", f.Severity.ToText());
            w.WriteStartObject("message");
            w.WriteString("text", f.Message);
            w.WriteString("markdown", f.Message);
            w.WriteEndObject();
            w.WriteStartArray("locations");
            if (f.Evidence.Count > 0)
                Location(w, f.Evidence[0], null);
            w.WriteEndArray();
            if (f.Evidence.Count > 1)
            {
                w.WriteStartArray("relatedLocations");
                for (var e = 1; e < f.Evidence.Count; e++)
                    Location(w, f.Evidence[e], e);
                w.WriteEndArray();
            }
            w.WriteStartObject("partialFingerprints");
            w.WriteString(FingerprintKey, fingerprints[i]);
            w.WriteEndObject();
            if (report.Baseline is { } baseline)
                w.WriteString("baselineState", Baselines.BaselineComparison.Text(baseline.States[i]));
            w.WriteStartObject("properties");
            w.WriteString("symptom", f.Symptom);
            w.WriteString("title", f.Title);
            JsonReportWriter.Strings(w, "nextSteps", f.NextSteps);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void Location(Utf8JsonWriter w, Provenance evidence, int? id)
    {
        w.WriteStartObject();
        if (id is { } n)
        {
            w.WriteNumber("id", n);
            Message(w, "message", "Also cited as evidence");
        }
        w.WriteStartObject("physicalLocation");
        w.WriteStartObject("artifactLocation");
        w.WriteString("uri", SarifUri.Of(evidence.Path));
        w.WriteString("uriBaseId", BundleBase);
        w.WriteEndObject();
        // Binary profiles have no line: the location is the whole file.
        if (evidence.Line is { } line and > 0)
        {
            w.WriteStartObject("region");
            w.WriteNumber("startLine", line);
            if (evidence.EndLine is { } end && end >= line) w.WriteNumber("endLine", end);
            if (evidence.Excerpt is { } excerpt)
            {
                w.WriteStartObject("snippet");
                w.WriteString("text", excerpt);
                w.WriteEndObject();
            }
            w.WriteEndObject();
        }
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>What SARIF has no place for: the verdict, why, what was not read, and the whole inventory.</summary>
    private static void RunProperties(Utf8JsonWriter w, ReportModel report)
    {
        w.WriteStartObject("properties");
        w.WriteString("bundle", report.Bundle);
        w.WriteString("verdict", report.Verdict);
        w.WriteString("verdictReason", report.VerdictReason);
        JsonReportWriter.Incomplete(w, "incomplete", report);
        JsonReportWriter.Inputs(w, "inventory", report);
        // Gone and suppressed findings are not results: code scanning would open alerts for them.
        Baselines.ReportChangesJson.Sections(w, report);
        w.WriteEndObject();
    }

    private static void Message(Utf8JsonWriter w, string name, string text)
    {
        w.WriteStartObject(name);
        w.WriteString("text", text);
        w.WriteEndObject();
    }
}
