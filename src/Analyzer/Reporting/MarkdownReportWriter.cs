using System.Globalization;
using System.Text;
using Analyzer.Inventory;
using Analyzer.Rules.Engine;
using Analyzer.Rules.Model;

namespace Analyzer.Reporting;

/// <summary>
/// Renders the report model to GitHub-flavoured Markdown. All escaping happens here, in the view model, through the
/// encoders of <see cref="MarkdownText"/> (one per context); <see cref="MarkdownReportLayout"/> only lays out.
/// </summary>
public static class MarkdownReportWriter
{
    public static string Render(ReportModel report, MarkdownOptions? options = null)
    {
        var text = MarkdownReportLayout.Write(View(report, options ?? MarkdownOptions.Default));
        // Collapse the blank-line runs that empty values leave behind.
        var sb = new StringBuilder();
        var blank = 0;
        foreach (var line in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            blank = line.Trim().Length == 0 ? blank + 1 : 0;
            if (blank <= 1) sb.Append(line.TrimEnd()).Append('\n');
        }
        return sb.ToString().TrimEnd('\n') + "\n";
    }

    private static Dictionary<string, object?> View(ReportModel r, MarkdownOptions options)
    {
        var counts = Enum.GetValues<Severity>().ToDictionary(s => s, s => r.Findings.Count(f => f.Severity == s));
        var recognised = r.Inputs.Count(i => i.Status is InputStatus.Parsed or InputStatus.Partial && i.Facts > 0);
        var fired = r.Rules.Count(o => o.Kind == RuleOutcomeKind.Fired);
        var inventory = InventoryRows.Of(r.Inputs);
        var skipped = r.Rules.Where(o => o.Kind == RuleOutcomeKind.Skipped).ToList();
        return new Dictionary<string, object?>
        {
            ["bundle"] = MarkdownText.Text(r.Bundle),
            ["verdict"] = MarkdownText.Code(r.Verdict),
            ["verdictReason"] = MarkdownText.Text(r.VerdictReason),
            ["changes"] = Baselines.ReportChangesMarkdown.Of(r),
            ["header"] = Header(r),
            ["summary"] = r.Findings.Count == 0
                ? $"No findings from {recognised} recognised {Noun(recognised, "input")} of {r.Inputs.Count}."
                : $"{Humanize.Count(r.Findings.Count, "finding")} ({Humanize.Count(counts[Severity.Error], "error")}, {Humanize.Count(counts[Severity.Warning], "warning")}, "
                  + $"{Humanize.Count(counts[Severity.Note], "note")}) from {recognised} recognised {Noun(recognised, "input")} of {r.Inputs.Count}.",
            ["findings"] = r.Findings.Select((f, i) => new Dictionary<string, object?>
            {
                ["number"] = i + 1,
                ["severityLabel"] = f.Severity switch { Severity.Error => "[error]", Severity.Warning => "[warning]", _ => "[note]" },
                ["title"] = MarkdownText.Text(f.Title),
                ["ruleId"] = MarkdownText.Code(f.RuleId),
                ["symptom"] = MarkdownText.Code(f.Symptom),
                ["severity"] = f.Severity.ToText(),
                ["message"] = MarkdownText.Message(f.MessageText),
                ["alsoReported"] = AlsoReported(f),
                ["evidence"] = f.Evidence.Select(e => e.Excerpt is { Length: > 0 } x
                    ? $"{MarkdownText.Code(e.ToString())}: {MarkdownText.Code(Shorten(x))}"
                    : MarkdownText.Code(e.ToString())).ToList(),
                ["nextSteps"] = f.NextStepTexts.Select(MarkdownText.Message).ToList(),
            }).ToList(),
            ["tables"] = r.Tables.Select(Table).ToList(),
            ["inputSummary"] = string.Join(", ", r.Inputs.GroupBy(i => i.Status).OrderBy(g => g.Key).Select(g => $"{g.Count()} {StatusText.Of(g.Key)}")) is { Length: > 0 } s
                ? $"{Humanize.Count(r.Inputs.Count, "input")}: {s}."
                : "The bundle holds no files.",
            ["inputs"] = inventory.Select(i => new Dictionary<string, object?>
            {
                ["path"] = MarkdownText.Cell(MarkdownText.Code(i.Path) + (i.Files > 1 ? $" ({i.Files} files)" : "")),
                // What a scanner also found inside the input belongs to its format, not to its problems.
                ["format"] = MarkdownText.TextCell(i.Notes.Length == 0 ? i.Format : $"{i.Format}; {i.Notes}"),
                ["status"] = StatusText.Of(i.Status),
                ["facts"] = i.Facts.ToString(CultureInfo.InvariantCulture),
                ["problems"] = MarkdownText.TextCell(i.Problems),
            }).ToList(),
            ["inputsFolded"] = inventory.Count < r.Inputs.Count,
            ["ruleSummary"] = $"{Humanize.Count(r.Rules.Count, "rule")}: {fired} fired, {r.Rules.Count(o => o.Kind == RuleOutcomeKind.Passed)} passed, "
                              + $"{skipped.Count} skipped, {Humanize.Count(r.Rules.Count(o => o.Kind == RuleOutcomeKind.Error), "error")}.",
            // Most rules of a run are skipped for evidence the bundle does not hold: a table of them would bury the
            // report's end, so it is one line unless asked for. The JSON report keeps every outcome.
            ["skippedLine"] = skipped.Count == 0 || options.Verbose ? null
                : $"{Humanize.Count(skipped.Count, "rule was", "rules were")} skipped — the evidence they need is absent, or config disabled them — "
                  + $"so their silence says nothing about health; `--verbose` lists them by reason, the JSON report with each rule's.",
            // One row per reason: most are skipped for the same few absent sources.
            ["skipped"] = !options.Verbose ? null : skipped
                .GroupBy(o => o.Reason ?? "", StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new Dictionary<string, object?>
                {
                    ["reason"] = MarkdownText.TextCell(g.Key),
                    ["ids"] = string.Join(", ", g.Select(o => MarkdownText.Code(o.RuleId))),
                }).ToList(),
            ["errors"] = r.Rules.Where(o => o.Kind == RuleOutcomeKind.Error).Select(o => new Dictionary<string, object?>
            {
                ["id"] = MarkdownText.Cell(MarkdownText.Code(o.RuleId)),
                ["reason"] = MarkdownText.TextCell(o.Reason ?? ""),
            }).ToList(),
            ["version"] = r.ToolVersion,
        };
    }

    private static string Shorten(string excerpt)
    {
        var one = MarkdownText.OneLine(excerpt);
        return one.Length <= 160 ? one : one[..157] + "...";
    }

    /// <summary>
    /// "Also reported as …": the other rules' findings this one took in (one problem, one finding), by rule, so a
    /// reader who knows LNX0001 sees where it went; null when none.
    /// </summary>
    private static string? AlsoReported(Finding f)
    {
        var byRule = f.AllAbsorbed().GroupBy(a => a.RuleId, StringComparer.Ordinal).ToList();
        if (byRule.Count == 0) return null;
        var parts = byRule.Select(g => $"{MarkdownText.Text(g.First().Title)} ({MarkdownText.Code(g.Key)}{(g.Count() > 1 ? $", {g.Count()} findings" : "")})");
        return $"Also reported as: {string.Join("; ", parts)}. Each is about what this finding covers, so the problem is told once here, with their evidence below.";
    }

    private static string Noun(int n, string word) => n == 1 ? word : word + "s";

    /// <summary>
    /// The line under the title: what was analysed (bundle, size, entries) and by what (tool version, rules). The time
    /// of the run and the rules' digest only when the command line recorded them (<see cref="ReportModel.Run"/>).
    /// </summary>
    internal static string Header(ReportModel r)
    {
        var parts = new List<string> { $"Bundle {MarkdownText.Code(r.Bundle)}" };
        if (r.BundleBytes is { } bytes) parts.Add(Humanize.Bytes(bytes));
        parts.Add(Humanize.Count(r.Inputs.Count, "entry", "entries"));
        parts.Add($"triage {r.ToolVersion}");
        parts.Add(r.Run is { } run ? $"{Humanize.Count(r.Rules.Count, "rule")} (digest {MarkdownText.Code(run.RulesDigest)})" : Humanize.Count(r.Rules.Count, "rule"));
        if (r.Run is { } at)
            parts.Add($"analysed {at.StartedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)} UTC in {Humanize.Duration(at.Elapsed)}");
        return string.Join(" · ", parts);
    }

    /// <summary>
    /// A section's table: columns whose every value is a measurement (<see cref="NumericCell"/>) are right-aligned and
    /// plain, so digits line up; the others keep their code spans (names, paths, excerpts).
    /// </summary>
    private static Dictionary<string, object?> Table(ReportTable t)
    {
        var numeric = Enumerable.Range(0, t.Columns.Count).Select(c => NumericCell.Column(t.Rows.Select(row => c < row.Count ? row[c] : ""))).ToArray();
        string Cell(string cell, int column) =>
            cell.Length == 0 ? ""
            : column < numeric.Length && numeric[column] ? MarkdownText.TextCell(cell)
            : MarkdownText.Cell(MarkdownText.Code(cell));
        return new Dictionary<string, object?>
        {
            ["title"] = MarkdownText.Text(t.Title),
            ["description"] = MarkdownText.Paragraph(t.Description),
            ["header"] = string.Join(" | ", t.Columns.Select(c => MarkdownText.TextCell(c))),
            ["separator"] = string.Join("|", numeric.Select(n => n ? "---:" : "---")),
            ["rows"] = t.Rows.Select(row => string.Join(" | ", row.Select(Cell))).ToList(),
            ["footnote"] = t.Footnote is null ? null : MarkdownText.Paragraph(t.Footnote),
        };
    }
}
