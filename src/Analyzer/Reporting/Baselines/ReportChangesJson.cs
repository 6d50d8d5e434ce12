using System.Globalization;
using System.Text.Json;
using Analyzer.Reporting.Suppressions;
using Analyzer.Rules.Config;

namespace Analyzer.Reporting.Baselines;

/// <summary>
/// The JSON report's fields for baselines and suppressions (docs/report-contract.md): a finding's fingerprint and
/// baselineState, and the top-level <c>baseline</c>, <c>suppressed</c> and <c>expiredSuppressions</c>.
/// </summary>
internal static class ReportChangesJson
{
    public static void FindingFields(Utf8JsonWriter w, ReportModel report, int index, string fingerprint)
    {
        w.WriteString("fingerprint", fingerprint);
        if (report.Baseline is { } b)
            w.WriteString("baselineState", BaselineComparison.Text(b.States[index]));
    }

    public static void Sections(Utf8JsonWriter w, ReportModel report)
    {
        if (report.Baseline is { } b)
        {
            w.WriteStartObject("baseline");
            w.WriteString("report", b.Baseline);
            w.WriteString("verdict", b.BaselineVerdict);
            w.WriteNumber("new", b.New);
            w.WriteNumber("unchanged", b.Unchanged);
            w.WriteStartArray("gone");
            foreach (var g in b.Gone)
                Previous(w, g);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteStartArray("suppressed");
        foreach (var s in report.Suppressed)
            Suppressed(w, s);
        w.WriteEndArray();
        w.WriteStartArray("expiredSuppressions");
        foreach (var s in report.ExpiredSuppressions)
            Entry(w, s);
        w.WriteEndArray();
    }

    public static void Previous(Utf8JsonWriter w, PreviousFinding g)
    {
        w.WriteStartObject();
        w.WriteString("fingerprint", g.Fingerprint);
        w.WriteString("ruleId", g.RuleId);
        w.WriteString("title", g.Title);
        w.WriteString("message", g.Message);
        w.WriteEndObject();
    }

    private static void Suppressed(Utf8JsonWriter w, SuppressedFinding s)
    {
        w.WriteStartObject();
        w.WriteString("fingerprint", s.Fingerprint);
        w.WriteString("ruleId", s.Finding.RuleId);
        w.WriteString("severity", Rules.Model.SeverityText.ToText(s.Finding.Severity));
        w.WriteString("title", s.Finding.Title);
        w.WriteString("message", s.Finding.Message);
        if (s.Finding.Evidence.Count > 0) w.WriteString("path", s.Finding.Evidence[0].Path);
        w.WritePropertyName("suppression");
        Entry(w, s.By);
        w.WriteEndObject();
    }

    private static void Entry(Utf8JsonWriter w, Suppression s)
    {
        w.WriteStartObject();
        if (s.Fingerprint is { } f) w.WriteString("fingerprint", f);
        if (s.RuleId is { } r) w.WriteString("rule", r);
        if (s.PathGlob is { } p) w.WriteString("path", p);
        w.WriteString("reason", s.Reason);
        if (s.Expires is { } e) w.WriteString("expires", e.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteString("at", $"{s.Location.File}:{s.Location.Line}:{s.Location.Column}");
        w.WriteEndObject();
    }
}
