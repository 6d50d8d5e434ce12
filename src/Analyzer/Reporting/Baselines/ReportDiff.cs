using System.Globalization;
using System.Text;

namespace Analyzer.Reporting.Baselines;

/// <summary><c>triage diff</c>: two reports' findings matched by fingerprint.</summary>
public sealed record ReportDiff(
    string OldName, string OldVerdict, string NewName, string NewVerdict,
    IReadOnlyList<PreviousFinding> Added, IReadOnlyList<PreviousFinding> Gone, IReadOnlyList<PreviousFinding> Unchanged)
{
    public static ReportDiff Of(string oldName, PreviousReport old, string newName, PreviousReport now)
    {
        var oldPrints = old.Findings.Select(f => f.Fingerprint).ToHashSet(StringComparer.Ordinal);
        var newPrints = now.Findings.Select(f => f.Fingerprint).ToHashSet(StringComparer.Ordinal);
        return new ReportDiff(oldName, old.Verdict, newName, now.Verdict,
            now.Findings.Where(f => !oldPrints.Contains(f.Fingerprint)).ToList(),
            old.Findings.Where(f => !newPrints.Contains(f.Fingerprint)).ToList(),
            now.Findings.Where(f => oldPrints.Contains(f.Fingerprint)).ToList());
    }

    /// <summary>The diff as Markdown; every value escaped by <see cref="MarkdownText"/>.</summary>
    public string Markdown()
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"# Triage diff: {MarkdownText.Text(OldName)} → {MarkdownText.Text(NewName)}\n\n");
        sb.Append(CultureInfo.InvariantCulture, $"Verdict {MarkdownText.Code(OldVerdict)} → {MarkdownText.Code(NewVerdict)}. ");
        sb.Append(CultureInfo.InvariantCulture, $"{Added.Count} new, {Unchanged.Count} unchanged, {Gone.Count} gone.\n");
        Section(sb, "New", Added);
        Section(sb, "Gone", Gone);
        Section(sb, "Unchanged", Unchanged);
        return sb.ToString();
    }

    private static void Section(StringBuilder sb, string title, IReadOnlyList<PreviousFinding> findings)
    {
        if (findings.Count == 0) return;
        sb.Append(CultureInfo.InvariantCulture, $"\n## {title}\n\n");
        foreach (var f in findings)
            sb.Append(CultureInfo.InvariantCulture, $"- {MarkdownText.Code(f.RuleId)} {MarkdownText.Text(f.Title)}: {MarkdownText.Text(f.Message)}\n");
    }
}
