using System.Text.Encodings.Web;
using System.Text.Json;
using Analyzer.Inventory;
using Analyzer.Reporting.Gaps;
using Analyzer.Rules.Engine;
using Analyzer.Rules.Model;

namespace Analyzer.Reporting;

/// <summary>
/// The JSON report (schemaVersion 1) as docs/report-contract.md describes it and docs/report.schema.json checks it.
/// </summary>
public static class JsonReportWriter
{
    public static void Write(ReportModel report, Stream output)
    {
        using var w = new Utf8JsonWriter(output, Options);
        w.WriteStartObject();
        w.WriteNumber("schemaVersion", ReportModel.SchemaVersion);
        w.WriteStartObject("tool");
        w.WriteString("name", "triage");
        w.WriteString("version", report.ToolVersion);
        w.WriteEndObject();
        // What was analysed, and (from the command line only) when, how long and with which rules: the report header.
        w.WriteStartObject("bundle");
        w.WriteString("name", report.Bundle);
        if (report.BundleBytes is { } bytes) w.WriteNumber("bytes", bytes);
        w.WriteNumber("entries", report.Inputs.Count);
        w.WriteEndObject();
        if (report.Run is { } run)
        {
            w.WriteStartObject("run");
            w.WriteString("startedAt", run.StartedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture));
            w.WriteNumber("elapsedMs", Math.Round(run.Elapsed.TotalMilliseconds, 1));
            w.WriteString("rulesDigest", run.RulesDigest);
            w.WriteEndObject();
        }
        w.WriteString("verdict", report.Verdict);
        w.WriteString("verdictReason", report.VerdictReason);
        // What kept the analysis from the whole bundle; empty when it saw everything.
        Incomplete(w, "incomplete", report);
        w.WriteStartArray("findings");
        var fingerprints = FindingFingerprint.All(report.Findings);
        for (var i = 0; i < report.Findings.Count; i++)
        {
            var f = report.Findings[i];
            w.WriteStartObject();
            w.WriteString("ruleId", f.RuleId);
            w.WriteString("severity", f.Severity.ToText());
            w.WriteString("symptom", f.Symptom);
            w.WriteString("title", f.Title);
            w.WriteString("message", f.Message);
            w.WriteStartArray("evidence");
            foreach (var e in f.Evidence)
            {
                w.WriteStartObject();
                w.WriteString("path", e.Path);
                if (e.Line is { } line) w.WriteNumber("line", line);
                if (e.Excerpt is { } excerpt) w.WriteString("excerpt", excerpt);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            Strings(w, "nextSteps", f.NextSteps);
            AlsoReported(w, f);
            Baselines.ReportChangesJson.FindingFields(w, report, i, fingerprints[i]);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        Baselines.ReportChangesJson.Sections(w, report);
        Inputs(w, "inputs", report);
        w.WriteStartArray("rules");
        foreach (var r in report.Rules)
        {
            w.WriteStartObject();
            w.WriteString("ruleId", r.RuleId);
            w.WriteString("outcome", r.Kind.ToString().ToLowerInvariant());
            w.WriteNumber("produced", r.Produced);
            if (r.Reason is not null) w.WriteString("reason", r.Reason);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("tables");
        foreach (var t in report.Tables)
        {
            w.WriteStartObject();
            w.WriteString("title", t.Title);
            Strings(w, "columns", t.Columns);
            w.WriteStartArray("rows");
            foreach (var row in t.Rows)
            {
                w.WriteStartArray();
                foreach (var cell in row) JsonCell.Write(w, cell);
                w.WriteEndArray();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
        output.WriteByte((byte)'\n');
    }

    /// <summary>The evidence gaps, as the JSON report and SARIF's run properties both list them.</summary>
    internal static void Incomplete(Utf8JsonWriter w, string name, ReportModel report)
    {
        w.WriteStartArray(name);
        foreach (var g in report.Gaps)
        {
            w.WriteStartObject();
            w.WriteString("kind", EvidenceGapKindText.Of(g.Kind));
            w.WriteString("path", g.Path);
            w.WriteString("reason", g.Reason);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    /// <summary>Every input of the bundle and what became of it, as the JSON report and SARIF's run properties both list them.</summary>
    internal static void Inputs(Utf8JsonWriter w, string name, ReportModel report)
    {
        w.WriteStartArray(name);
        foreach (var i in report.Inputs)
        {
            w.WriteStartObject();
            w.WriteString("path", i.Path);
            w.WriteString("format", i.Format);
            w.WriteString("status", StatusText.Of(i.Status));
            w.WriteNumber("facts", i.Facts);
            Strings(w, "problems", i.Problems);
            if (i.Notes.Count > 0) Strings(w, "notes", i.Notes); // only where a scanner found more: older readers see no change
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    internal static JsonWriterOptions Options { get; } = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    internal static void Strings(Utf8JsonWriter w, string? name, IEnumerable<string> items)
    {
        if (name is null) w.WriteStartArray();
        else w.WriteStartArray(name);
        foreach (var item in items) w.WriteStringValue(item);
        w.WriteEndArray();
    }

    /// <summary>The findings of other rules this one took in (one problem, one finding), flattened; absent when none.</summary>
    private static void AlsoReported(Utf8JsonWriter w, Finding f)
    {
        var absorbed = f.AllAbsorbed().ToList();
        if (absorbed.Count == 0) return;
        w.WriteStartArray("alsoReported");
        foreach (var a in absorbed)
        {
            w.WriteStartObject();
            w.WriteString("ruleId", a.RuleId);
            w.WriteString("severity", a.Severity.ToText());
            w.WriteString("title", a.Title);
            w.WriteString("message", a.Message);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }
}
