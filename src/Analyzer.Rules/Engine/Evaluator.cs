using Analyzer.Rules.Facts;
using Analyzer.Rules.Model;

namespace Analyzer.Rules.Engine;

/// <summary>
/// Batch evaluation over a frozen fact set (no Rete, no retraction): rules run in dependency order; each one's
/// findings and derived facts are added before the next stratum reads them. A rule that throws gets an
/// 'error' outcome and the others still run.
/// </summary>
public static class Evaluator
{
    /// <param name="suppressed">
    /// Findings it accepts are set apart before later rules run, so a suppressed finding neither shapes the verdict
    /// nor counts anywhere else; they come back in <see cref="EvaluationResult.Suppressed"/>.
    /// </param>
    public static EvaluationResult Evaluate(RuleSet rules, FactSet facts, Func<Finding, bool>? suppressed = null)
    {
        var findings = new List<Finding>();
        var setApart = new List<Finding>();
        var outcomes = new List<RuleOutcome>();
        var derived = new Dictionary<string, IReadOnlyList<IFact>>(StringComparer.Ordinal);
        // Findings wait here until the first rule that reads findings: then findings of one problem are merged
        // across rules (FindingAbsorption) and become facts, so verdicts count problems, not reports of them.
        var pending = new List<Finding>();
        var flushed = false;
        foreach (var rule in rules.Ordered)
        {
            if (!flushed && rule.Consumes.Contains(FindingFactName))
            {
                Flush();
                flushed = true;
            }
            var skip = SkipReason(rule, facts);
            if (skip is not null)
            {
                outcomes.Add(new RuleOutcome(rule.Id, rule.Definition.Title, RuleOutcomeKind.Skipped, 0, skip));
                continue;
            }
            try
            {
                var plan = rule.Compiled;
                var rows = RulePlanRunner.Rows(plan, facts);
                var produced = RuleOutput.Produce(plan, rows, facts.Catalog, suppressed);
                setApart.AddRange(produced.Suppressed);
                if (flushed)
                {
                    findings.AddRange(produced.Findings);
                    facts.WithDerived(produced.Findings.Select(f => FindingAbsorption.Fact(f, Fallback(rules, f))).ToList());
                }
                else
                    pending.AddRange(produced.Findings);
                facts.WithDerived(produced.Facts);
                if (plan.DeriveType is not null) derived[rule.Id] = produced.Facts;
                var count = produced.Findings.Count + produced.Suppressed.Count + (plan.DeriveType is null ? 0 : produced.Facts.Count);
                outcomes.Add(new RuleOutcome(rule.Id, rule.Definition.Title, count > 0 ? RuleOutcomeKind.Fired : RuleOutcomeKind.Passed, count, null));
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                outcomes.Add(new RuleOutcome(rule.Id, rule.Definition.Title, RuleOutcomeKind.Error, 0, $"{e.GetType().Name}: {e.Message}"));
            }
        }
        if (!flushed)
            Flush();
        var ordered = findings.OrderByDescending(f => f.Severity).ThenBy(f => f.RuleId, StringComparer.Ordinal).ToList();
        var apart = setApart.OrderByDescending(f => f.Severity).ThenBy(f => f.RuleId, StringComparer.Ordinal).ToList();
        return new EvaluationResult(ordered, outcomes, facts, derived) { Suppressed = apart };

        void Flush()
        {
            var kept = FindingAbsorption.Apply(pending, rules.Absorbs);
            findings.AddRange(kept);
            facts.WithDerived(kept.Select(f => FindingAbsorption.Fact(f, Fallback(rules, f))).ToList());
        }
    }

    private const string FindingFactName = "Finding";

    /// <summary>Where a finding without evidence points: its rule's file.</summary>
    private static Provenance Fallback(RuleSet rules, Finding finding) =>
        rules.ById.TryGetValue(finding.RuleId, out var rule)
            ? new Provenance(rule.Definition.File, rule.Definition.Location.Line)
            : new Provenance(finding.RuleId, 1);

    /// <summary>
    /// Skipped, not passed, when the bundle holds no evidence of the kind a required binding needs: "no finding"
    /// must never read as "healthy".
    /// </summary>
    private static string? SkipReason(PlannedRule rule, FactSet facts)
    {
        if (!rule.Enabled)
            return "disabled by config";
        var missing = rule.Required
            .Where(t => !facts.HasSource(t.Source))
            .Select(t => $"{t.Source} ({t.Name})")
            .Distinct()
            .ToList();
        return missing.Count == 0 ? null : $"no {string.Join(" or ", missing)} evidence in the bundle";
    }
}
