using System.Globalization;
using System.Text;

namespace Analyzer.Reporting.Baselines;

/// <summary>
/// The Markdown report's sections for baselines and suppressions, after the findings: what is new since the
/// baseline and what is gone, what was suppressed and why, and which suppressions have expired. Empty when neither
/// --baseline nor --suppressions was given. Values are escaped by <see cref="MarkdownText"/> like everywhere else.
/// </summary>
internal static class ReportChangesMarkdown
{
    public static string Of(ReportModel r)
    {
        var sb = new StringBuilder();
        if (r.Baseline is { } b) Baseline(sb, r, b);
        if (r.Suppressed.Count > 0 || r.ExpiredSuppressions.Count > 0) Suppressions(sb, r);
        return sb.ToString();
    }

    private static void Baseline(StringBuilder sb, ReportModel r, BaselineComparison b)
    {
        sb.Append("\n## Since the baseline\n\n");
        sb.Append(CultureInfo.InvariantCulture, $"Compared with {MarkdownText.Code(b.Baseline)} (verdict {MarkdownText.Code(b.BaselineVerdict)}): ");
        sb.Append(CultureInfo.InvariantCulture, $"{b.New} new, {b.Unchanged} unchanged, {b.Gone.Count} gone.\n");
        if (b.New > 0)
        {
            sb.Append("\nNew:\n\n");
            for (var i = 0; i < r.Findings.Count; i++)
                if (b.States[i] == BaselineState.New)
                    sb.Append(CultureInfo.InvariantCulture, $"- {i + 1}. {MarkdownText.Code(r.Findings[i].RuleId)} {MarkdownText.Text(r.Findings[i].Title)}\n");
        }
        if (b.Gone.Count > 0)
        {
            sb.Append("\nGone (in the baseline, not found now):\n\n");
            foreach (var g in b.Gone)
                sb.Append(CultureInfo.InvariantCulture, $"- {MarkdownText.Code(g.RuleId)} {MarkdownText.Text(g.Title)}: {MarkdownText.Text(g.Message)}\n");
        }
    }

    private static void Suppressions(StringBuilder sb, ReportModel r)
    {
        sb.Append("\n## Suppressed\n\n");
        if (r.Suppressed.Count > 0)
        {
            sb.Append("Set apart by the suppressions file: not counted for the verdict or --fail-on.\n\n");
            foreach (var s in r.Suppressed)
                sb.Append(CultureInfo.InvariantCulture,
                    $"- {MarkdownText.Code(s.Finding.RuleId)} {MarkdownText.Text(s.Finding.Title)} ({MarkdownText.Code(s.Fingerprint)}): {MarkdownText.Text(s.By.Reason)}\n");
        }
        foreach (var e in r.ExpiredSuppressions)
            sb.Append(CultureInfo.InvariantCulture,
                $"\n**Expired suppression** at {MarkdownText.Code(e.Location.ToString())} ({MarkdownText.Code(e.Target)}, expired {e.Expires:yyyy-MM-dd}): it suppresses nothing any more.\n");
    }
}
