using System.Text;
using Analyzer.Inventory;
using Analyzer.Reporting.Gaps;
using Analyzer.Rules.Model;

namespace Analyzer.Reporting;

/// <summary>
/// The short Markdown report for a CI step summary (<c>$GITHUB_STEP_SUMMARY</c>) or a chat message: the verdict and
/// its reason, the counts, the most severe findings with their first evidence, and what the analysis could not see.
/// Tables, inputs and rules stay in the full report. Escaping is <see cref="MarkdownText"/>'s, as in the full report.
/// </summary>
public static class MarkdownSummaryWriter
{
    /// <summary>Findings listed by name; the rest are counted.</summary>
    internal const int TopFindings = 5;

    public static string Render(ReportModel r)
    {
        var sb = new StringBuilder();
        sb.Append("### triage: ").Append(MarkdownText.Code(r.Verdict)).Append(" — ").Append(MarkdownText.Text(r.Bundle)).Append('\n').Append('\n');
        sb.Append(MarkdownText.Paragraph(r.VerdictReason)).Append('\n').Append('\n');

        var bySeverity = Enum.GetValues<Severity>().Select(s => (s, n: r.Findings.Count(f => f.Severity == s))).Where(x => x.n > 0).ToList();
        var recognised = r.Inputs.Count(i => i.Status is InputStatus.Parsed or InputStatus.Partial && i.Facts > 0);
        sb.Append(r.Findings.Count == 0 ? "No findings" : Humanize.Count(r.Findings.Count, "finding") + " (" + string.Join(", ", bySeverity.Select(x => Humanize.Count(x.n, x.s.ToText()))) + ")")
            .Append(" · ").Append(recognised).Append(" of ").Append(Humanize.Count(r.Inputs.Count, "input")).Append(" recognised")
            .Append(" · ").Append(MarkdownReportWriter.Header(r)).Append('\n');

        var top = r.Findings.OrderByDescending(f => f.Severity).Take(TopFindings).ToList(); // stable: rule order within a severity
        if (top.Count > 0)
        {
            sb.Append('\n').Append("| Severity | Rule | Finding | Evidence |\n|---|---|---|---|\n");
            foreach (var f in top)
            {
                var evidence = f.Evidence.Count == 0 ? "" : MarkdownText.Cell(MarkdownText.Code(f.Evidence[0].ToString()))
                    + (f.Evidence.Count > 1 ? $" (+{f.Evidence.Count - 1} more)" : "");
                sb.Append("| ").Append(f.Severity.ToText()).Append(" | ").Append(MarkdownText.Cell(MarkdownText.Code(f.RuleId)))
                    .Append(" | ").Append(MarkdownText.TextCell(f.Title)).Append(" | ").Append(evidence).Append(" |\n");
            }
            if (r.Findings.Count > top.Count)
                sb.Append('\n').Append(Humanize.Count(r.Findings.Count - top.Count, "more finding")).Append(" in the full report.\n");
        }

        var gaps = GapSentences.Lines(r.Gaps).ToList();
        if (gaps.Count > 0)
        {
            sb.Append('\n').Append("**Not fully read** — the verdict rests on the rest:\n\n");
            // GapSentences names the first few unread inputs and counts the rest, so the list stays short.
            foreach (var line in gaps)
                sb.Append("- ").Append(MarkdownText.Paragraph(line)).Append('\n');
        }
        return sb.ToString();
    }
}
