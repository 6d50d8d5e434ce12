using System.Text.Json;

namespace Analyzer.Reporting.Baselines;

/// <summary>
/// An earlier report read back for a baseline or a diff: a JSON report (findings[].fingerprint) or a SARIF log
/// (results[].partialFingerprints). Either is what a CI job keeps from its last run.
/// </summary>
public sealed record PreviousReport(string Verdict, IReadOnlyList<PreviousFinding> Findings)
{
    /// <summary>Reads <paramref name="path"/>; null when it is not JSON at all (a bundle, for <c>triage diff</c>).</summary>
    /// <exception cref="InvalidDataException">It is JSON, but neither a triage JSON report nor a triage SARIF log.</exception>
    public static PreviousReport? TryLoad(string path)
    {
        JsonDocument doc;
        try
        {
            using var stream = File.OpenRead(path);
            doc = JsonDocument.Parse(stream, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException)
        {
            return null;
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("runs", out var runs) && runs.ValueKind == JsonValueKind.Array)
                return FromSarif(path, runs);
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("findings", out var findings) && findings.ValueKind == JsonValueKind.Array)
                return FromJson(path, root, findings);
            throw new InvalidDataException($"{path} is JSON but not a triage report (no 'findings') nor a SARIF log (no 'runs')");
        }
    }

    public static PreviousReport Of(ReportModel report)
    {
        var fingerprints = FindingFingerprint.All(report.Findings);
        return new PreviousReport(report.Verdict,
            report.Findings.Select((f, i) => new PreviousFinding(fingerprints[i], f.RuleId, f.Title, f.Message)).ToList());
    }

    private static PreviousReport FromJson(string path, JsonElement root, JsonElement findings)
    {
        var list = new List<PreviousFinding>();
        foreach (var f in findings.EnumerateArray())
        {
            var fingerprint = Text(f, "fingerprint")
                              ?? throw new InvalidDataException($"{path}: a finding has no 'fingerprint'; the report is older than baselines, make it again");
            list.Add(new PreviousFinding(fingerprint, Text(f, "ruleId") ?? "", Text(f, "title") ?? "", Text(f, "message") ?? ""));
        }
        return new PreviousReport(Text(root, "verdict") ?? "", list);
    }

    private static PreviousReport FromSarif(string path, JsonElement runs)
    {
        var list = new List<PreviousFinding>();
        var verdict = "";
        foreach (var run in runs.EnumerateArray())
        {
            if (run.TryGetProperty("properties", out var props) && Text(props, "verdict") is { } v) verdict = v;
            if (!run.TryGetProperty("results", out var results) || results.ValueKind != JsonValueKind.Array) continue;
            foreach (var r in results.EnumerateArray())
            {
                var fingerprint = r.TryGetProperty("partialFingerprints", out var fp) ? Text(fp, Sarif.SarifReportWriter.FingerprintKey) : null;
                if (fingerprint is null)
                    throw new InvalidDataException($"{path}: a result has no partialFingerprints.{Sarif.SarifReportWriter.FingerprintKey}; is it a triage SARIF log?");
                var message = r.TryGetProperty("message", out var m) ? Text(m, "text") ?? "" : "";
                var title = r.TryGetProperty("properties", out var p) ? Text(p, "title") ?? "" : "";
                list.Add(new PreviousFinding(fingerprint, Text(r, "ruleId") ?? "", title, message));
            }
        }
        return new PreviousReport(verdict, list);
    }

    private static string? Text(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
